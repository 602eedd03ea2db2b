package vn.nhiemvu.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The indicators in the periodic report (ADR 0054): a sheet "Chỉ tiêu" in the xlsx and a section in the PDF, one row
 * per period begun by the cut-off with the value in force, the target, the trend's forecast and the status; a value
 * of a later period is not in it, and an issued report keeps the value it had after a correction.
 */
@IntegrationTest
class IndicatorReportSheetIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theReportListsEachPeriodsValueTheTargetTheForecastAndTheStatusAsIssued() throws Exception {
        var office = Api.as(port, "vanphong");
        var unit = Api.as(port, "khtc");
        String code = "BC" + System.nanoTime() % 100000;
        assertThat(office.post("/api/v1/indicators", Bodies.indicator(code, "Tỷ lệ giải ngân vốn đầu tư " + code, 2019,
                "KHTC")).status()).isEqualTo(201);
        for (var v : List.of(Map.of("period", "2019-Q1", "value", 40), Map.of("period", "2019-Q2", "value", 50),
                Map.of("period", "2019-Q3", "value", 60))) {
            var recorded = unit.post("/api/v1/indicators/" + code + "/values",
                    Map.of("period", v.get("period"), "value", v.get("value"), "source", "Báo cáo giải ngân"));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        }

        // The third quarter's report (cut-off 14/09/2019, Nghị định 09/2019): Q1 and Q2 with their values, Q3 begun
        // but its value recorded after the cut-off, so empty. Q1 40 on 31/03, Q2 50 on 30/06: the line reaches about
        // 70 on 31/12, short of 90.
        List<List<Object>> rows = indicatorRows(office.getBytes("/api/v1/reports/periods/2019-Q3/export.xlsx"), code);
        assertThat(rows).extracting(r -> r.get(6)).containsExactly("2019-Q1", "2019-Q2", "2019-Q3");
        assertThat(rows).extracting(r -> r.get(8)).containsExactly(40.0, 50.0, null);
        assertThat(rows.get(0).get(4)).isEqualTo(90.0);
        assertThat(rows.get(0).get(5)).isEqualTo("Vụ Kế hoạch - Tài chính");
        assertThat(rows.get(0).get(7)).isEqualTo("31/03/2019");
        assertThat((Double) rows.get(1).get(9)).isBetween(69.0, 71.0);
        assertThat(rows.get(1).get(10)).isEqualTo("Cảnh báo: dự báo không đạt");

        var issued = office.post("/api/v1/reports/periods/2019-Q3/issue", Map.of("documentNumber", "7/BC-VP"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long snapshot = issued.json().get("id").asLong();
        assertThat(unit.post("/api/v1/indicators/" + code + "/values", Map.of("period", "2019-Q2", "value", 80,
                "source", "Báo cáo giải ngân", "correction", "Số liệu quyết toán")).status()).isEqualTo(201);

        assertThat(indicatorRows(office.getBytes("/api/v1/reports/snapshots/" + snapshot + "/export.xlsx"), code))
                .extracting(r -> r.get(8)).as("as issued").containsExactly(40.0, 50.0, null);
        assertThat(indicatorRows(office.getBytes("/api/v1/reports/periods/2019-Q3/export.xlsx"), code))
                .extracting(r -> r.get(8)).as("a new report, with the correction").containsExactly(40.0, 80.0, null);

        // Kept under target/ for a person to look at (LibreOffice, a PDF viewer).
        java.nio.file.Files.write(java.nio.file.Path.of("target/indicator-report.xlsx"),
                office.getBytes("/api/v1/reports/snapshots/" + snapshot + "/export.xlsx"));
        byte[] issuedPdf = office.getBytes("/api/v1/reports/snapshots/" + snapshot + "/export.pdf");
        java.nio.file.Files.write(java.nio.file.Path.of("target/indicator-report.pdf"), issuedPdf);
        try (var pdf = Loader.loadPDF(issuedPdf)) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("VIII. CHỈ TIÊU", "Tỷ lệ giải ngân vốn đầu tư " + code,
                    "Cảnh báo: dự báo không đạt");
            // A narrow column may wrap "2019-Q2"; the issued value 50,0 and the forecast 70,2 follow it.
            assertThat(text.replace(" ", "")).contains("2019-Q250,070,2");
        }
    }

    /** The rows of the sheet "Chỉ tiêu" for the indicator: each cell as text, a number or a date as dd/MM/yyyy. */
    private static List<List<Object>> indicatorRows(byte[] xlsx, String code) throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = book.getSheet("Chỉ tiêu");
            assertThat(sheet).as("the sheet Chỉ tiêu").isNotNull();
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("Dự báo cuối năm");
            var rows = new ArrayList<List<Object>>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0 || row.getCell(0) == null || !code.equals(row.getCell(0).getStringCellValue())) {
                    continue;
                }
                var cells = new ArrayList<Object>();
                for (int c = 0; c < 11; c++) {
                    var cell = row.getCell(c);
                    if (cell == null) {
                        cells.add(null);
                    } else if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                        cells.add(DateUtil.isCellDateFormatted(cell)
                                ? vn.nhiemvu.shared.DisplayDates.date(cell.getLocalDateTimeCellValue().toLocalDate())
                                : cell.getNumericCellValue());
                    } else {
                        cells.add(cell.getStringCellValue());
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
