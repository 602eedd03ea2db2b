package vn.nhiemvu.round.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.nhiemvu.round.Aggregation;
import vn.nhiemvu.round.ColumnType;
import vn.nhiemvu.round.TemplateColumn;
import vn.nhiemvu.round.TemplateTable;
import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.shared.WorkbookStyles;

/**
 * The aggregation as .xlsx: a summary sheet (where each agency stands, counts per group), then one sheet per group of
 * each table (its first choice column; a table without one is one sheet). Every cell is written as a text cell: a
 * proposal typed as "=HYPERLINK(…)" is shown as typed, never evaluated.
 */
final class RoundWorkbook {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final SXSSFWorkbook book = new SXSSFWorkbook(200);
    private final CellStyle header;
    private final CellStyle text;
    private final Set<String> sheetNames = new HashSet<>();

    private RoundWorkbook() {
        header = WorkbookStyles.header(book);
        text = book.createCellStyle();
        text.setWrapText(true);
        text.setDataFormat(book.createDataFormat().getFormat("@"));
    }

    static byte[] write(Aggregation aggregation) {
        var writer = new RoundWorkbook();
        try (var out = new ByteArrayOutputStream()) {
            writer.summary(aggregation);
            writer.groups(aggregation);
            writer.book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.book.dispose();
        }
    }

    private void summary(Aggregation a) {
        Sheet sheet = sheet("Tổng hợp", List.of("Cơ quan", "Trả lời", "Số tiếp nhận", "Nộp lúc", "Muộn (ngày làm việc)",
                "Số đề xuất"), 45, 22, 18, 18, 14, 12);
        int r = 1;
        for (var state : a.agencies()) {
            var s = state.current();
            row(sheet, r++, state.agency().name(), switch (state.state()) {
                case NOT_ANSWERED -> "Chưa trả lời";
                case PROPOSED -> "Có đề xuất";
                case NO_PROPOSAL -> "Không có đề xuất: " + s.content().reason();
            }, s == null ? "" : s.number(), s == null ? "" : TIME.format(s.submittedAt()),
                    s == null || !s.lateness().late() ? "" : Long.toString(s.lateness().workingDays()),
                    Integer.toString(a.perAgency().getOrDefault(state.agency().id(), 0)));
        }
        r++;
        row(sheet, r++, "Đợt", a.round().title());
        row(sheet, r++, "Thời hạn", a.round().deadlineText() + " (" + Dates.format(a.round().deadline()) + ")");
        row(sheet, r++, "Chưa trả lời", Long.toString(a.count(Aggregation.State.NOT_ANSWERED)));
        r++;
        Row head = sheet.createRow(r++);
        cell(head, 0, "Nhóm", header);
        cell(head, 1, "Số đề xuất", header);
        var tables = a.round().template().tables();
        for (var count : a.perGroup()) {
            String group = count.group().isEmpty() ? "(không ghi nhóm)" : count.group();
            row(sheet, r++, tables.size() > 1 ? tables.get(count.table()).title() + " — " + group : group,
                    Integer.toString(count.count()));
        }
    }

    private void groups(Aggregation a) {
        var tables = a.round().template().tables();
        for (int t = 0; t < tables.size(); t++) {
            TemplateTable table = tables.get(t);
            var groupColumn = Aggregation.groupColumn(table);
            int index = t;
            if (groupColumn.isEmpty()) {
                rows(table, a.proposals().stream().filter(p -> p.table() == index).toList(), table.title());
                continue;
            }
            String key = groupColumn.get().key();
            for (var count : a.perGroup()) {
                if (count.table() != t) {
                    continue;
                }
                rows(table, a.proposals().stream()
                        .filter(p -> p.table() == index && p.cells().getOrDefault(key, "").equals(count.group()))
                        .toList(), count.group().isEmpty() ? "Không ghi nhóm" : count.group());
            }
        }
    }

    private void rows(TemplateTable table, List<Aggregation.Proposal> proposals, String name) {
        var heads = new java.util.ArrayList<>(List.of("STT", "Cơ quan đề xuất"));
        table.columns().forEach(c -> heads.add(c.label()));
        heads.add("Số tiếp nhận");
        Sheet sheet = sheet(name, heads);
        int r = 1;
        for (var p : proposals) {
            Row row = sheet.createRow(r);
            cell(row, 0, Integer.toString(r), text);
            cell(row, 1, p.agencyName(), text);
            int c = 2;
            for (TemplateColumn column : table.columns()) {
                cell(row, c++, shown(column, p.cells().getOrDefault(column.key(), "")), text);
            }
            cell(row, c, p.receipt(), text);
            r++;
        }
    }

    /** The value as people read it: dates day first, yes/no in words. */
    static String shown(TemplateColumn column, String value) {
        if (value.isEmpty()) {
            return value;
        }
        if (column.type() == ColumnType.YES_NO) {
            return Boolean.parseBoolean(value) ? "Có" : "Không";
        }
        return column.shown(value);
    }

    private Sheet sheet(String name, List<String> heads, int... widths) {
        String safe = WorkbookUtil.createSafeSheetName(name);
        String unique = safe;
        for (int n = 2; !sheetNames.add(unique.toLowerCase()); n++) {
            String suffix = " (" + n + ")";
            unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
        }
        Sheet sheet = book.createSheet(unique);
        Row head = sheet.createRow(0);
        for (int i = 0; i < heads.size(); i++) {
            cell(head, i, heads.get(i), header);
            sheet.setColumnWidth(i, 256 * (i < widths.length ? widths[i] : i == 0 ? 6 : 30));
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private void row(Sheet sheet, int r, String... values) {
        Row row = sheet.createRow(r);
        for (int i = 0; i < values.length; i++) {
            cell(row, i, values[i], text);
        }
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        cell.setCellStyle(style);
    }
}
