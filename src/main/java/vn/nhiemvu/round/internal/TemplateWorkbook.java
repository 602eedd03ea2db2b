package vn.nhiemvu.round.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.tika.Tika;

import vn.nhiemvu.round.AnswerContent;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.RoundTemplate;
import vn.nhiemvu.round.TemplateColumn;
import vn.nhiemvu.round.TemplateTable;
import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.Text;
import vn.nhiemvu.shared.WorkbookStyles;

/**
 * A round's template as an .xlsx for the respondent to fill offline, and the filled file read back (ADR 0043). One
 * sheet per table, in the template's order, row 1 the columns' headings (found again by heading, so columns may be
 * moved), one proposal a row; a hidden sheet holds the round and a fingerprint of its template, so that a file made
 * for another round or another template is refused rather than misread. The upload is checked as a file first: its
 * type sniffed from the content (Apache Tika, as every upload), its size bounded, a package that inflates too much
 * (a zip bomb) refused by POI's {@code ZipSecureFile}. A cell is read as text: a number as Vietnamese writing, a date
 * day first, a formula as its text ("=SUM(C2:C9)"), never evaluated and its cached result ignored; the cell check is
 * then {@link vn.nhiemvu.round.AnswerCheck}'s, as on the page.
 */
final class TemplateWorkbook {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final String MARKER_SHEET = "_mau";
    static final String GUIDE = "Hướng dẫn điền";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String MARKER_PREFIX = "nhiemvu-round:";
    private static final int MAX_SHEET_ROWS = 1000;
    private static final Pattern FIELD = Pattern.compile("tables\\[(\\d+)]\\.rows\\[(\\d+)]\\.(\\w+)");
    private static final Tika TIKA = new Tika();

    private TemplateWorkbook() {
    }

    /** What the template's shape is: its tables, their columns' keys, types and headings. */
    static String fingerprint(RoundTemplate template) {
        var shape = new StringBuilder();
        for (TemplateTable table : template.tables()) {
            shape.append(table.title()).append('\n');
            for (TemplateColumn c : table.columns()) {
                shape.append(c.key()).append('|').append(c.type()).append('|').append(c.label()).append('|')
                        .append(c.required()).append('|').append(String.join(";", c.choices())).append('\n');
            }
        }
        return AnswerJson.sha256(shape.toString()).substring(0, 16);
    }

    static byte[] write(ProposalRound round) {
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle header = WorkbookStyles.header(book);
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            text.setWrapText(true);
            List<String> names = sheetNames(round.template());
            for (int t = 0; t < round.template().tables().size(); t++) {
                TemplateTable table = round.template().tables().get(t);
                Sheet sheet = book.createSheet(names.get(t));
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.columns().size(); c++) {
                    TemplateColumn column = table.columns().get(c);
                    Cell cell = head.createCell(c);
                    cell.setCellValue(column.label() + (column.required() ? " (*)" : ""));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, 256 * Math.min(60, Math.max(14, column.label().length() + 6)));
                    sheet.setDefaultColumnStyle(c, text);
                }
                sheet.createFreezePane(0, 1);
            }
            Sheet guide = book.createSheet(GUIDE);
            int r = 0;
            guide.createRow(r++).createCell(0).setCellValue(round.title());
            guide.createRow(r++).createCell(0).setCellValue("Thời hạn: " + round.deadlineText() + " ("
                    + Dates.format(round.deadline()) + "). Mỗi đề xuất một dòng; cột có (*) bắt buộc nhập; số viết "
                    + "1.500.000, ngày viết dd/MM/yyyy; công thức không được tính.");
            for (int t = 0; t < round.template().tables().size(); t++) {
                TemplateTable table = round.template().tables().get(t);
                for (TemplateColumn c : table.columns()) {
                    Row row = guide.createRow(r++);
                    row.createCell(0).setCellValue(names.get(t));
                    row.createCell(1).setCellValue(c.label());
                    row.createCell(2).setCellValue(c.help() + (c.choices().isEmpty() ? ""
                            : (c.help().isEmpty() ? "" : " ") + "Chọn một trong: " + String.join("; ", c.choices())));
                }
            }
            Sheet marker = book.createSheet(MARKER_SHEET);
            marker.createRow(0).createCell(0)
                    .setCellValue(MARKER_PREFIX + round.id() + ":" + fingerprint(round.template()));
            book.setSheetVisibility(book.getSheetIndex(marker), SheetVisibility.VERY_HIDDEN);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheets' names: the tables' titles as a sheet may be named, each once. */
    static List<String> sheetNames(RoundTemplate template) {
        var used = new HashSet<String>(Set.of(GUIDE.toLowerCase(java.util.Locale.ROOT), MARKER_SHEET));
        var names = new ArrayList<String>();
        for (int t = 0; t < template.tables().size(); t++) {
            String base = WorkbookUtil.createSafeSheetName(template.tables().get(t).title().isEmpty()
                    ? "Bảng " + (t + 1) : template.tables().get(t).title());
            String name = base.length() > 27 ? base.substring(0, 27) : base;
            String candidate = base;
            for (int n = 2; !used.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
                candidate = name + " (" + n + ")";
            }
            names.add(candidate);
        }
        return names;
    }

    /**
     * A filled template read back: the answer as typed, and where each typed row was (for naming cells), or a
     * refusal of the whole file on field {@code file}.
     */
    record Filled(AnswerContent typed, List<String> sheets, List<Map<String, String>> letters) {

        /** The cell check's errors named by sheet and cell, as the person sees them in Excel. */
        InvalidInputException located(InvalidInputException e) {
            var errors = new ArrayList<InvalidInputException.FieldError>();
            for (var error : e.errors()) {
                Matcher m = FIELD.matcher(error.field());
                if (m.matches()) {
                    int t = Integer.parseInt(m.group(1));
                    int r = Integer.parseInt(m.group(2));
                    String letter = t < letters.size() ? letters.get(t).get(m.group(3)) : null;
                    String sheet = t < sheets.size() ? sheets.get(t) : "?";
                    errors.add(new InvalidInputException.FieldError(error.field(), letter == null
                            ? Message.of("invalid.round.file.row-at", sheet, r + 2, error.message())
                            : Message.of("invalid.round.file.cell-at", sheet, letter, r + 2, error.message())));
                } else {
                    errors.add(error);
                }
            }
            return new InvalidInputException(errors);
        }
    }

    static Filled read(ProposalRound round, String filename, byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.required"));
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.too-large",
                    content.length / (1024 * 1024), MAX_BYTES / (1024 * 1024)));
        }
        String type = TIKA.detect(content, filename == null ? "" : filename);
        if ("application/vnd.ms-excel".equals(type) || "application/x-tika-msoffice".equals(type)) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.xls"));
        }
        if (!XLSX.equals(type) && !"application/x-tika-ooxml".equals(type)) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.not-xlsx-type", type));
        }
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return read(round, book);
        } catch (InvalidInputException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.xls"));
        } catch (Exception e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb") || e.getCause() != null
                    && String.valueOf(e.getCause().getMessage()).contains("Zip bomb")) {
                throw InvalidInputException.of("file", Message.of("invalid.round.file.zip-bomb"));
            }
            throw InvalidInputException.of("file", Message.of("invalid.round.file.not-xlsx"));
        }
    }

    private static Filled read(ProposalRound round, XSSFWorkbook book) {
        Sheet marker = book.getSheet(MARKER_SHEET);
        String mark = marker == null || marker.getRow(0) == null || marker.getRow(0).getCell(0) == null ? ""
                : marker.getRow(0).getCell(0).toString().strip();
        if (!mark.startsWith(MARKER_PREFIX)) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.not-template"));
        }
        String[] parts = mark.substring(MARKER_PREFIX.length()).split(":", 2);
        if (parts.length != 2 || !parts[0].equals(String.valueOf(round.id()))) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.other-round", parts[0], round.id()));
        }
        if (!parts[1].equals(fingerprint(round.template()))) {
            throw InvalidInputException.of("file", Message.of("invalid.round.file.other-version"));
        }
        var errors = new InvalidInputException.Collector();
        List<String> names = sheetNames(round.template());
        var tables = new ArrayList<List<Map<String, String>>>();
        var letters = new ArrayList<Map<String, String>>();
        for (int t = 0; t < round.template().tables().size(); t++) {
            TemplateTable table = round.template().tables().get(t);
            Sheet sheet = book.getSheet(names.get(t));
            if (sheet == null) {
                errors.add("file", Message.of("invalid.round.file.missing-sheet", names.get(t), t + 1));
                tables.add(List.of());
                letters.add(Map.of());
                continue;
            }
            Map<String, Integer> positions = headings(table, sheet, names.get(t), errors);
            var where = new LinkedHashMap<String, String>();
            positions.forEach((key, c) -> where.put(key, CellReference.convertNumToColString(c)));
            letters.add(where);
            var rows = new ArrayList<Map<String, String>>();
            int last = 0;
            int end = Math.min(sheet.getLastRowNum(), MAX_SHEET_ROWS);
            for (int r = 1; r <= end; r++) {
                Map<String, String> values = values(sheet.getRow(r), positions);
                if (values.values().stream().anyMatch(v -> !v.isEmpty())) {
                    last = r;
                }
                rows.add(values);
            }
            for (Row row : sheet) {
                if (row.getRowNum() > MAX_SHEET_ROWS
                        && values(row, positions).values().stream().anyMatch(v -> !v.isEmpty())) {
                    errors.add("file", Message.of("invalid.round.file.too-many-rows", names.get(t),
                            row.getRowNum() + 1, MAX_SHEET_ROWS, MAX_SHEET_ROWS + 1));
                    break;
                }
            }
            tables.add(List.copyOf(rows.subList(0, Math.min(last, rows.size()))));
        }
        errors.throwIfAny();
        return new Filled(new AnswerContent(false, "", tables), names, letters);
    }

    private static Map<String, String> values(Row row, Map<String, Integer> positions) {
        var values = new LinkedHashMap<String, String>();
        positions.forEach((key, c) -> values.put(key, row == null ? "" : text(row.getCell(c))));
        return values;
    }

    /** Where each column is, found by its heading (the "(*)" of a required one optional, case and marks folded). */
    private static Map<String, Integer> headings(TemplateTable table, Sheet sheet, String name,
            InvalidInputException.Collector errors) {
        Map<String, String> byHeading = new HashMap<>();
        table.columns().forEach(c -> byHeading.put(Text.fold(c.label()), c.key()));
        var positions = new LinkedHashMap<String, Integer>();
        Row head = sheet.getRow(0);
        if (head != null) {
            for (Cell cell : head) {
                String heading = text(cell).replace("(*)", "").strip();
                if (heading.isEmpty()) {
                    continue;
                }
                String key = byHeading.get(Text.fold(heading));
                if (key == null) {
                    errors.add("file", Message.of("invalid.round.file.unknown-column", name,
                            CellReference.convertNumToColString(cell.getColumnIndex()), heading));
                } else if (positions.putIfAbsent(key, cell.getColumnIndex()) != null) {
                    errors.add("file", Message.of("invalid.round.file.duplicate-column", name, heading));
                }
            }
        }
        Set<String> missing = new java.util.LinkedHashSet<>();
        table.columns().stream().filter(c -> !positions.containsKey(c.key())).forEach(c -> missing.add(c.label()));
        if (!missing.isEmpty()) {
            errors.add("file", Message.of("invalid.round.file.missing-columns", name,
                    String.join(", ", missing.stream().map(m -> "“" + m + "”").toList())));
        }
        return positions;
    }

    /** A cell as the person typed it: numbers in Vietnamese writing, dates day first, a formula as its text. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().strip();
            case FORMULA -> "=" + cell.getCellFormula();
            case BOOLEAN -> cell.getBooleanCellValue() ? "Có" : "Không";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? Dates.format(cell.getLocalDateTimeCellValue().toLocalDate())
                    : TemplateColumn.vietnamese(BigDecimal.valueOf(cell.getNumericCellValue()));
            case ERROR -> "#" + cell.getErrorCellValue();
            default -> "";
        };
    }
}
