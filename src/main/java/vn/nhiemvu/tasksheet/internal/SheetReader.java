package vn.nhiemvu.tasksheet.internal;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * Reads an uploaded task sheet: the sheet "Nhiệm vụ" (else the first), columns found by their
 * headers in row 1, one {@link SheetRow} per non-blank row. Problems with the whole file are a 400
 * on field {@code file}; problems in cells are left to the import's row checks.
 */
final class SheetReader {

    static final int MAX_ROWS = 20_000;

    private SheetReader() {
    }

    /** A cell as read: its text as shown (trimmed, empty if blank), and its date or number if it holds one. */
    record Value(String text, LocalDate date, Double number) {

        static final Value BLANK = new Value("", null, null);

        boolean isBlank() {
            return text.isEmpty() && date == null && number == null;
        }
    }

    /** A data row; {@code number} is the row number the spreadsheet shows. */
    record SheetRow(int number, Map<Column, Value> values) {

        Value get(Column column) {
            return values.getOrDefault(column, Value.BLANK);
        }

        boolean has(Column column) {
            return values.containsKey(column);
        }
    }

    /** The rows, and where each column found is (0-based), for error messages that name the cell. */
    record ParsedSheet(Map<Column, Integer> positions, List<SheetRow> rows) {

        /** The column's letter in this sheet, or null if the sheet has no such column. */
        String letter(Column column) {
            Integer position = positions.get(column);
            return position == null ? null : org.apache.poi.ss.util.CellReference.convertNumToColString(position);
        }
    }

    static ParsedSheet read(byte[] content) {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheet(SheetWriter.TASKS);
            if (sheet == null) {
                sheet = workbook.getSheetAt(0);
            }
            return read(sheet);
        } catch (InvalidInputException e) {
            throw e;
        } catch (OLE2NotOfficeXmlFileException e) {
            throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.xls"));
        } catch (Exception e) {
            // Corrupt or hostile packages (zip bombs are refused by POI's ZipSecureFile) end here.
            throw notASheet();
        }
    }

    private static InvalidInputException notASheet() {
        return InvalidInputException.of("file", Message.of("invalid.tasksheet.file.not-xlsx"));
    }

    private static ParsedSheet read(Sheet sheet) {
        Row header = sheet.getRow(sheet.getFirstRowNum());
        if (header == null || sheet.getPhysicalNumberOfRows() == 0) {
            throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.empty"));
        }
        var formatter = new DataFormatter();
        var positions = new EnumMap<Column, Integer>(Column.class);
        for (Cell cell : header) {
            String text = formatter.formatCellValue(cell).strip();
            if (text.isEmpty()) {
                continue;
            }
            Column column = Column.byHeader(text).orElse(null);
            if (column != null && positions.putIfAbsent(column, cell.getColumnIndex()) != null) {
                throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.column-twice", column.header()));
            }
        }
        var missing = List.of(Column.TITLE, Column.LEAD_UNIT).stream().filter(c -> !positions.containsKey(c))
                .map(c -> "\"" + c.header() + "\"").collect(Collectors.joining(", "));
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.columns-missing", (header.getRowNum() + 1), missing));
        }
        var rows = new ArrayList<SheetRow>();
        for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            var values = new EnumMap<Column, Value>(Column.class);
            boolean blank = true;
            for (var entry : positions.entrySet()) {
                if (entry.getKey().readOnly()) {
                    continue;
                }
                Value value = value(row.getCell(entry.getValue()), formatter);
                values.put(entry.getKey(), value);
                blank &= value.isBlank();
            }
            if (blank) {
                continue;
            }
            if (rows.size() == MAX_ROWS) {
                throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.too-many-rows", MAX_ROWS));
            }
            rows.add(new SheetRow(r + 1, values));
        }
        if (rows.isEmpty()) {
            throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.no-rows"));
        }
        return new ParsedSheet(Map.copyOf(positions), List.copyOf(rows));
    }

    private static Value value(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return Value.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String text = formatter.formatCellValue(cell).strip();
        if (cell.getCellType() == CellType.FORMULA) {
            // Show the cached result, not the formula text.
            text = switch (type) {
                case STRING -> cell.getStringCellValue().strip();
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                        cell.getCellStyle().getDataFormatString()).strip();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        if (type == CellType.NUMERIC) {
            double number = cell.getNumericCellValue();
            LocalDate date = DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate() : null;
            return new Value(text, date, number);
        }
        return new Value(text, null, null);
    }
}
