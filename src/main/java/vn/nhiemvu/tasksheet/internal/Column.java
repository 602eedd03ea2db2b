package vn.nhiemvu.tasksheet.internal;

import java.util.Optional;

import org.apache.poi.ss.util.CellReference;

import vn.nhiemvu.shared.Text;

/**
 * The columns of the task sheet, in order. Import finds them by header, so people may reorder or
 * drop columns; a dropped column keeps the task's value. Read-only columns are shown, never read.
 */
enum Column {
    ID("ID", 8, false),
    /** The task's version when exported (hidden): a row edited from a stale copy is reported, not written. */
    VERSION("Phiên bản", 8, false),
    DIRECTIVE("Số văn bản giao", 20, false),
    TITLE("Tên nhiệm vụ", 60, false),
    DESCRIPTION("Nội dung, yêu cầu", 40, false),
    KIND("Loại nhiệm vụ", 24, false),
    LEAD_UNIT("Đơn vị chủ trì (mã)", 14, false),
    LEAD_UNIT_NAME("Tên đơn vị chủ trì", 32, true),
    COORDINATING("Đơn vị phối hợp (mã, cách nhau dấu phẩy)", 22, false),
    LEADER("Lãnh đạo Bộ phụ trách", 24, false),
    DEADLINE("Thời hạn", 13, false),
    DEADLINE_TEXT("Thời hạn theo văn bản", 26, false),
    PRODUCT("Sản phẩm", 30, false),
    PARENT("Thuộc nhiệm vụ (ID)", 12, false),
    STATUS("Trạng thái", 20, true),
    /** Editable: a date records the completion, a blank reopens (through the task module's completion rules). */
    COMPLETED_AT("Ngày hoàn thành", 13, false);

    private final String header;
    private final int width;
    private final boolean readOnly;

    Column(String header, int width, boolean readOnly) {
        this.header = header;
        this.width = width;
        this.readOnly = readOnly;
    }

    String header() {
        return header;
    }

    /** Width in characters. */
    int width() {
        return width;
    }

    boolean readOnly() {
        return readOnly;
    }

    /** The column's letter in an exported sheet. */
    String letter() {
        return CellReference.convertNumToColString(ordinal());
    }

    /** The column a header names, ignoring case, accents and spacing. */
    static Optional<Column> byHeader(String text) {
        String folded = fold(text);
        for (Column column : values()) {
            if (fold(column.header).equals(folded)) {
                return Optional.of(column);
            }
        }
        return Optional.empty();
    }

    private static String fold(String text) {
        return Text.fold(text).replaceAll("\\s+", " ").strip();
    }
}
