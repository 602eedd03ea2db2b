package vn.nhiemvu.round.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.nhiemvu.round.ColumnType;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.RoundStatus;
import vn.nhiemvu.round.RoundTemplate;
import vn.nhiemvu.round.TemplateColumn;
import vn.nhiemvu.round.TemplateTable;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** The template as .xlsx and the filled one read back, without Spring. */
class TemplateWorkbookTests {

    private static final LocalDate LETTER = LocalDate.of(2024, 1, 9);

    private static TemplateColumn column(String key, String label, ColumnType type, boolean required) {
        return new TemplateColumn(key, label, type, required, "", List.of());
    }

    private static RoundTemplate template(String amountLabel) {
        return new RoundTemplate(List.of(new TemplateTable("Nhiệm vụ trọng tâm", List.of(
                column("task", "Nhiệm vụ đề xuất", ColumnType.LONG_TEXT, true),
                column("when", "Ngày hoàn thành", ColumnType.DATE, false),
                column("amount", amountLabel, ColumnType.MONEY, false),
                column("yes", "Đã có trong kế hoạch", ColumnType.YES_NO, false)))));
    }

    private static ProposalRound round(long id, RoundTemplate template) {
        return new ProposalRound(id, 1, 1, "Đề xuất nhiệm vụ trọng tâm", "", "", LETTER, "trước ngày 15/01/2024",
                LocalDate.of(2024, 1, 15), false, RoundStatus.OPEN, List.of(2L), template, "cdsqg", Instant.EPOCH,
                null, null, 0);
    }

    private final ProposalRound round = round(7, template("Kinh phí (đồng)"));

    /** The round's own template with rows typed into its first sheet (the headings moved: amount first). */
    private static byte[] filled(ProposalRound round, boolean moveColumns) throws IOException {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(TemplateWorkbook.write(round)));
                var out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            if (moveColumns) {
                String first = sheet.getRow(0).getCell(0).getStringCellValue();
                sheet.getRow(0).getCell(0).setCellValue(sheet.getRow(0).getCell(2).getStringCellValue());
                sheet.getRow(0).getCell(2).setCellValue(first);
            }
            int task = moveColumns ? 2 : 0;
            int amount = moveColumns ? 0 : 2;
            Row one = sheet.createRow(1);
            one.createCell(task).setCellValue("Chuẩn hóa đơn vị chuyên trách CNTT");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("dd/mm/yyyy"));
            one.createCell(1).setCellValue(LocalDate.of(2026, 6, 30));
            one.getCell(1).setCellStyle(date);
            one.createCell(amount).setCellValue(1_500_000_000d);
            one.createCell(3).setCellValue(true);
            // Row 3 left blank; row 4 has a formula whose cached result must not be taken.
            Row four = sheet.createRow(3);
            four.createCell(task).setCellFormula("CONCATENATE(\"Đào\",\"tạo\")");
            four.createCell(amount).setCellFormula("SUM(1,2)");
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheFilledTemplateAsTypedWithFormulasAsTheirText() throws IOException {
        for (boolean moved : List.of(false, true)) {
            var read = TemplateWorkbook.read(round, "de-xuat.xlsx", filled(round, moved));
            List<Map<String, String>> rows = read.typed().rows(0);
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).containsEntry("task", "Chuẩn hóa đơn vị chuyên trách CNTT")
                    .containsEntry("when", "30/06/2026").containsEntry("amount", "1.500.000.000")
                    .containsEntry("yes", "Có");
            assertThat(rows.get(1).values()).allMatch(String::isEmpty);
            assertThat(rows.get(2)).containsEntry("task", "=CONCATENATE(\"Đào\",\"tạo\")")
                    .containsEntry("amount", "=SUM(1,2)");
        }
    }

    @Test
    void namesEachBadCellBySheetAndCell() throws IOException {
        var read = TemplateWorkbook.read(round, "de-xuat.xlsx", filled(round, true));
        var located = read.located(new InvalidInputException(List.of(
                new InvalidInputException.FieldError("tables[0].rows[2].amount",
                        Message.of("invalid.round.tables.too-long", 1)),
                new InvalidInputException.FieldError("reason", Message.of("invalid.round.reason.too-long-2")))));
        assertThat(located.errors()).extracting(e -> e.message().vietnamese()).containsExactly(
                "Trang “Nhiệm vụ trọng tâm”, ô A4: Bảng 1 có ô dài quá 4000 ký tự.", "Lý do dài quá 2000 ký tự.");
        assertThat(located.errors().get(0).message().in(java.util.Locale.ENGLISH))
                .isEqualTo("Sheet “Nhiệm vụ trọng tâm”, cell A4: Table 1 has a cell longer than 4000 characters.");
    }

    @Test
    void refusesAnotherRoundsOrAnotherVersionsTemplate() throws IOException {
        byte[] other = filled(round(8, round.template()), false);
        assertThat(message(() -> TemplateWorkbook.read(round, "x.xlsx", other))).contains("đợt lấy đề xuất khác (số 8)");
        byte[] older = filled(round(7, template("Kinh phí dự kiến")), false);
        assertThat(message(() -> TemplateWorkbook.read(round, "x.xlsx", older))).contains("phiên bản khác");
        try (var book = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            book.createSheet("Nhiệm vụ trọng tâm").createRow(0).createCell(0).setCellValue("Nhiệm vụ đề xuất");
            book.write(out);
            assertThat(message(() -> TemplateWorkbook.read(round, "x.xlsx", out.toByteArray())))
                    .contains("không phải mẫu đề xuất tải từ hệ thống");
        }
    }

    @Test
    void refusesAMissingOrUnknownColumnNamingIt() throws IOException {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(TemplateWorkbook.write(round)));
                var out = new ByteArrayOutputStream()) {
            book.getSheetAt(0).getRow(0).getCell(2).setCellValue("Nguồn vốn");
            book.write(out);
            String why = message(() -> TemplateWorkbook.read(round, "x.xlsx", out.toByteArray()));
            assertThat(why).contains("ô C1: mẫu không có cột “Nguồn vốn”");
        }
    }

    @Test
    void refusesWhatIsNotAnXlsxTooBigOrAZipBomb() throws IOException {
        assertThat(message(() -> TemplateWorkbook.read(round, "de-xuat.xlsx",
                "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1)))).contains("không phải bảng tính .xlsx");
        assertThat(message(() -> TemplateWorkbook.read(round, "de-xuat.xlsx",
                "task,amount\nA,1\n".getBytes(StandardCharsets.UTF_8)))).contains("không phải bảng tính .xlsx");
        try (var xls = new HSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            xls.createSheet("A");
            xls.write(out);
            assertThat(message(() -> TemplateWorkbook.read(round, "de-xuat.xls", out.toByteArray()))).contains(".xls");
        }
        byte[] big = new byte[TemplateWorkbook.MAX_BYTES + 1];
        new Random(1).nextBytes(big);
        assertThat(message(() -> TemplateWorkbook.read(round, "big.xlsx", big))).contains("tối đa 5 MB");
        byte[] bomb = bomb(filled(round, false));
        assertThat(message(() -> TemplateWorkbook.read(round, "bomb.xlsx", bomb)))
                .contains("nén bất thường");
    }

    /** The same package with 60 MB of blanks in its first sheet, which compress a thousand to one. */
    private static byte[] bomb(byte[] xlsx) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var in = new ZipInputStream(new ByteArrayInputStream(xlsx)); var zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int end = xml.lastIndexOf("</worksheet>");
                    zip.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
                    byte[] blanks = new byte[1 << 20];
                    java.util.Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < 60; i++) {
                        zip.write(blanks);
                    }
                    zip.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
                } else {
                    zip.write(content);
                }
                zip.closeEntry();
            }
        }
        assertThat(out.size()).isLessThan(TemplateWorkbook.MAX_BYTES);
        return out.toByteArray();
    }

    @Test
    void writesNumbersAsTheCellCheckReadsThem() {
        assertThat(vn.nhiemvu.round.TemplateColumn.vietnamese(new BigDecimal("1500000000"))).isEqualTo("1.500.000.000");
        assertThat(vn.nhiemvu.round.TemplateColumn.vietnamese(new BigDecimal("1250.5"))).isEqualTo("1.250,5");
        assertThat(vn.nhiemvu.round.TemplateColumn.vietnamese(new BigDecimal("-12"))).isEqualTo("-12");
        assertThat(vn.nhiemvu.round.TemplateColumn.vietnamese(new BigDecimal("1E+3"))).isEqualTo("1.000");
    }

    private static String message(Runnable read) {
        try {
            read.run();
        } catch (InvalidInputException e) {
            assertThat(e.errors()).allMatch(err -> err.field().equals("file"));
            return e.errors().toString();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void theSheetsAreNamedOnceEach() {
        var twice = new RoundTemplate(List.of(new TemplateTable("Hướng dẫn điền", List.of()),
                new TemplateTable("Bảng", List.of()), new TemplateTable("bảng", List.of())));
        assertThat(TemplateWorkbook.sheetNames(twice)).containsExactly("Hướng dẫn điền (2)", "Bảng", "bảng (2)");
        assertThatThrownBy(() -> TemplateWorkbook.read(round, "x.xlsx", new byte[0]))
                .isInstanceOf(InvalidInputException.class);
    }
}
