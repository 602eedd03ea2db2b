package vn.nhiemvu.tasksheet.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskView;

/**
 * Writes the task sheet with POI's streaming SXSSF (a window of rows in memory, the rest on disk):
 * Vietnamese headers, frozen header row and ID column, an auto-filter, dates as dates, read-only
 * columns shaded, drop-down lists of units, leaders, directives and kinds from the sheet "Danh mục",
 * and a short "Hướng dẫn".
 */
final class SheetWriter implements AutoCloseable {

    static final String TASKS = "Nhiệm vụ";
    static final String LISTS = "Danh mục";
    static final String GUIDE = "Hướng dẫn";
    /** Rows below the data that still get the drop-down lists, for tasks people add. */
    private static final int SPARE_ROWS = 1000;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle text;
    private final CellStyle date;
    private final CellStyle readOnly;
    private final CellStyle readOnlyDate;
    private int next = 1;

    SheetWriter() {
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(TASKS);
        // No wrapping in data cells: rows keep one line in every program, and the filter stays compact.
        text = workbook.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        date = workbook.createCellStyle();
        date.cloneStyleFrom(text);
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        readOnly = workbook.createCellStyle();
        readOnly.cloneStyleFrom(text);
        shade(readOnly, IndexedColors.GREY_25_PERCENT);
        readOnlyDate = workbook.createCellStyle();
        readOnlyDate.cloneStyleFrom(date);
        shade(readOnlyDate, IndexedColors.GREY_25_PERCENT);
        writeHeader(sheet, Arrays.stream(Column.values()).map(Column::header).toList());
        for (Column column : Column.values()) {
            sheet.setColumnWidth(column.ordinal(), column.width() * 256);
        }
        sheet.setColumnHidden(Column.VERSION.ordinal(), true);
        sheet.createFreezePane(1, 1);
        // Printed: A4 landscape, as wide as the page, the header on every page.
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    }

    void add(TaskView task) {
        Row row = sheet.createRow(next++);
        number(row, Column.ID, task.id());
        number(row, Column.VERSION, task.version());
        text(row, Column.DIRECTIVE, task.directive() == null ? null : task.directive().number());
        text(row, Column.TITLE, task.title());
        text(row, Column.DESCRIPTION, task.description());
        text(row, Column.KIND, task.kind().label());
        text(row, Column.LEAD_UNIT, task.leadUnit().code());
        text(row, Column.LEAD_UNIT_NAME, task.leadUnit().name());
        text(row, Column.COORDINATING, task.coordinatingUnits().stream().map(TaskView.UnitRef::code)
                .collect(Collectors.joining(", ")));
        text(row, Column.LEADER, task.supervisingLeader() == null ? null : task.supervisingLeader().fullName());
        date(row, Column.DEADLINE, task.deadline());
        text(row, Column.DEADLINE_TEXT, task.deadlineText());
        text(row, Column.PRODUCT, task.product());
        if (task.parent() != null) {
            number(row, Column.PARENT, task.parent().id());
        }
        text(row, Column.STATUS, task.statusLabel());
        date(row, Column.COMPLETED_AT, task.completedAt());
    }

    /** Adds the lists, validations and filter, then writes the workbook. */
    void finish(List<Unit> units, List<Leader> leaders, List<Directive> directives, OutputStream out) throws IOException {
        int lastData = Math.max(next - 1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, lastData, 0, Column.values().length - 1));
        SXSSFSheet lists = workbook.createSheet(LISTS);
        writeHeader(lists, List.of("Mã đơn vị", "Tên đơn vị", "", "Lãnh đạo Bộ", "Chức vụ", "", "Số văn bản",
                "Trích yếu", "", "Loại nhiệm vụ"));
        int[] widths = { 12, 50, 2, 26, 30, 2, 22, 70, 2, 28 };
        for (int i = 0; i < widths.length; i++) {
            lists.setColumnWidth(i, widths[i] * 256);
        }
        int rows = Math.max(Math.max(units.size(), leaders.size()), Math.max(directives.size(), TaskKind.values().length));
        for (int i = 0; i < rows; i++) {
            Row row = lists.createRow(i + 1);
            if (i < units.size()) {
                row.createCell(0).setCellValue(units.get(i).code());
                row.createCell(1).setCellValue(units.get(i).name());
            }
            if (i < leaders.size()) {
                row.createCell(3).setCellValue(leaders.get(i).fullName());
                row.createCell(4).setCellValue(leaders.get(i).title());
            }
            if (i < directives.size()) {
                row.createCell(6).setCellValue(directives.get(i).number());
                row.createCell(7).setCellValue(directives.get(i).summary());
            }
            if (i < TaskKind.values().length) {
                row.createCell(9).setCellValue(TaskKind.values()[i].label());
            }
        }
        lists.createFreezePane(0, 1);
        int lastValidated = Math.min(next - 1 + SPARE_ROWS, SpreadsheetVersion.EXCEL2007.getLastRowIndex());
        DataValidationHelper helper = sheet.getDataValidationHelper();
        listOf(helper, "DonVi", "A", units.size(), Column.LEAD_UNIT, lastValidated, "Đơn vị chủ trì",
                "Chọn mã đơn vị trong danh sách (xem trang Danh mục).");
        listOf(helper, "LanhDao", "D", leaders.size(), Column.LEADER, lastValidated, "Lãnh đạo Bộ phụ trách",
                "Chọn Lãnh đạo Bộ trong danh sách (xem trang Danh mục).");
        listOf(helper, "VanBan", "G", directives.size(), Column.DIRECTIVE, lastValidated, "Số văn bản giao",
                "Chọn số văn bản trong danh sách (xem trang Danh mục).");
        listOf(helper, "LoaiNhiemVu", "J", TaskKind.values().length, Column.KIND, lastValidated, "Loại nhiệm vụ",
                "Chọn loại nhiệm vụ trong danh sách.");
        DataValidationConstraint dates = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
                "=DATE(1945,9,2)", "=DATE(2199,12,31)", null);
        for (Column column : List.of(Column.DEADLINE, Column.COMPLETED_AT)) {
            DataValidation date = helper.createValidation(dates,
                    new CellRangeAddressList(1, lastValidated, column.ordinal(), column.ordinal()));
            date.setShowErrorBox(true);
            date.createErrorBox(column.header(), "Nhập ngày dạng ngày/tháng/năm, ví dụ 30/09/2020.");
            sheet.addValidationData(date);
        }
        writeGuide();
        workbook.write(out);
    }

    private void listOf(DataValidationHelper helper, String name, String column, int size, Column target,
            int lastRow, String title, String message) {
        if (size == 0) {
            return;
        }
        Name range = workbook.createName();
        range.setNameName(name);
        range.setRefersToFormula("'" + LISTS + "'!$" + column + "$2:$" + column + "$" + (size + 1));
        DataValidation validation = helper.createValidation(helper.createFormulaListConstraint(name),
                new CellRangeAddressList(1, lastRow, target.ordinal(), target.ordinal()));
        // XSSF inverts this flag: true shows the drop-down arrow.
        validation.setSuppressDropDownArrow(true);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, message);
        sheet.addValidationData(validation);
    }

    private void writeGuide() {
        SXSSFSheet guide = workbook.createSheet(GUIDE);
        guide.setColumnWidth(0, 110 * 256);
        List<String> lines = List.of("Hướng dẫn sửa và nhập lại danh sách nhiệm vụ",
                "• Mỗi dòng là một nhiệm vụ. Dòng có ID là nhiệm vụ đã có: sửa các ô rồi nhập lại để cập nhật.",
                "• Dòng không có ID là nhiệm vụ mới: cần Tên nhiệm vụ và Đơn vị chủ trì (mã).",
                "• Các cột nền xám (Tên đơn vị chủ trì, Trạng thái) chỉ để xem; sửa chúng không có tác dụng.",
                "• Ngày hoàn thành: nhập ngày để ghi nhận hoàn thành (không sau hôm nay); xóa ngày để mở lại nhiệm vụ.",
                "• Cột Phiên bản (ẩn) cho biết bản xuất: nếu nhiệm vụ đã được sửa sau khi xuất, dòng đó bị báo lỗi, không bị ghi đè.",
                "• Thời hạn nhập dạng ngày (dd/mm/yyyy). Đơn vị, Lãnh đạo Bộ, văn bản, loại nhiệm vụ chọn theo trang Danh mục.",
                "• Đơn vị phối hợp: các mã đơn vị, cách nhau bằng dấu phẩy.",
                "• Khi nhập, mọi lỗi được báo theo số dòng và cột; mặc định không ghi gì nếu còn dòng lỗi.");
        for (int i = 0; i < lines.size(); i++) {
            Cell cell = guide.createRow(i).createCell(0);
            cell.setCellValue(lines.get(i));
        }
    }

    private void writeHeader(Sheet target, List<String> headers) {
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        shade(header, IndexedColors.PALE_BLUE);
        Row row = target.createRow(0);
        row.setHeightInPoints(32);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
        }
    }

    private static void shade(CellStyle style, IndexedColors color) {
        style.setFillForegroundColor(color.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private void text(Row row, Column column, String value) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellStyle(column.readOnly() ? readOnly : text);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    private void number(Row row, Column column, long value) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellStyle(text);
        cell.setCellValue(value);
    }

    private void date(Row row, Column column, LocalDate value) {
        Cell cell = row.createCell(column.ordinal());
        cell.setCellStyle(column.readOnly() ? readOnlyDate : date);
        if (value != null) {
            cell.setCellValue(value);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }
}
