package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** The import page in a real browser: htmx uploads the sheet, the dry run's report, then confirmation. */
@IntegrationTest
class TaskSheetBrowserTests extends BrowserTest {

    @Test
    void theOfficeChecksASheetThenConfirmsIt() throws Exception {
        // A sheet exported for the Legal Department's tasks, one bad date and one changed product.
        byte[] exported = FormSession.signIn(port, "vanphong").getBytes("/tasks/export.xlsx?leadUnit=PC").body();
        Path file = Files.createTempFile(profile, "nhiem-vu-", ".xlsx");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(exported))) {
            var sheet = workbook.getSheet("Nhiệm vụ");
            Row row = sheet.getRow(1);
            row.removeCell(row.getCell(12));
            row.createCell(12).setCellValue("Sản phẩm sửa trên trình duyệt");
            Row bad = sheet.getRow(2);
            bad.removeCell(bad.getCell(10));
            bad.createCell(10).setCellValue("31/11/2020");
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        logIn("vanphong", "/tasks/import");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-form")));
        browser.findElement(By.cssSelector("input[name=mode][value=valid-only]")).click();
        browser.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#import-form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        assertThat(browser.findElement(By.id("import-errors")).getText()).contains("31/11/2020").contains("K – Thời hạn");
        assertThat(browser.findElement(By.id("import-report")).getText()).contains("Kiểm tra thử").contains("1 cập nhật");
        screenshot("task-import-dry-run");

        browser.findElement(By.cssSelector("#confirm-form button")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-report"), "Đã nhập"));
        assertThat(browser.findElement(By.id("import-report")).getText()).contains("1 cập nhật").contains("bỏ qua");
        screenshot("task-import-done");

        browser.get(base + "/tasks?leadUnit=PC");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("export-xlsx")));
        screenshot("task-list-export-button");
    }
}
