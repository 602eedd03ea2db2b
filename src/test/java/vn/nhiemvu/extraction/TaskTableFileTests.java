package vn.nhiemvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.support.WeekendCalendar;

/**
 * Task tables as a .docx (POI table cells, merged across and down) and a text PDF (cells drawn one after
 * the other, as a word processor prints them) bring them, read by {@link DocumentReader} and then the
 * extractor; no Spring.
 */
class TaskTableFileTests {

    private static final String[] HEADER = { "STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
            "Sản phẩm" };

    private final DirectiveExtractor extractor = new DirectiveExtractor(new DeadlinePhraseParser());

    private List<TaskProposal> tasks(String text) {
        return extractor.extract(text, TestDirectory.demo(), new WeekendCalendar(), LocalDate.of(2024, 1, 10)).tasks();
    }

    private static List<String> codes(List<Party> parties) {
        return parties.stream().map(p -> p.code() != null ? p.code() : p.name()).toList();
    }

    @Test
    void aDocxTableWithAGroupRowAcrossAndALeadMergedDownGivesOneTaskPerNumberedRow() throws IOException {
        byte[] docx;
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            for (String line : List.of("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "Số: 12/KH-BTTTT", "Hà Nội, ngày 10 tháng 01 năm 2024",
                    "KẾ HOẠCH", "Triển khai nhiệm vụ năm 2024", "PHỤ LỤC")) {
                doc.createParagraph().createRun().setText(line);
            }
            XWPFTable table = doc.createTable(4, 6);
            fill(table.getRow(0), HEADER);
            // a group row: one cell across the six columns
            XWPFTableRow group = table.getRow(1);
            group.getCell(0).setText("I. NHIỆM VỤ VỀ THỂ CHẾ");
            for (int c = 5; c >= 1; c--) {
                group.removeCell(c);
            }
            group.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(6));
            fill(table.getRow(2), "1", "Xây dựng Nghị định về dữ liệu", "Vụ Pháp chế", "Văn phòng Bộ", "Quý II/2024", "Nghị định");
            fill(table.getRow(3), "2", "Sửa đổi Thông tư về báo cáo", "", "Thanh tra Bộ", "Tháng 9/2024", "Thông tư");
            // "Vụ Pháp chế" merged down over rows 1 and 2
            table.getRow(2).getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(STMerge.RESTART);
            table.getRow(3).getCell(2).getCTTc().addNewTcPr().addNewVMerge();
            doc.write(out);
            docx = out.toByteArray();
        }
        String text = new DocumentReader().read(docx, "ke-hoach.docx");
        List<TaskProposal> tasks = tasks(text);
        assertThat(tasks).extracting(TaskProposal::text).containsExactly("Xây dựng Nghị định về dữ liệu",
                "Sửa đổi Thông tư về báo cáo");
        assertThat(codes(tasks.get(1).lead())).containsExactly("PC");
        assertThat(codes(tasks.get(1).coordinating())).containsExactly("TTRA");
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(tasks.get(0).product()).isEqualTo("Nghị định");
    }

    private static void fill(XWPFTableRow row, String... cells) {
        for (int c = 0; c < cells.length; c++) {
            XWPFTableCell cell = row.getCell(c);
            cell.setText(cells[c]);
        }
    }

    @Test
    void aPdfTableDrawnCellByCellGivesOneTaskPerNumberedRow() throws IOException {
        byte[] pdf;
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream();
                InputStream font = getClass().getResourceAsStream("/fonts/LiberationSerif-Regular.ttf")) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font serif = PDType0Font.load(doc, font);
            float[] x = { 40, 70, 230, 330, 430, 510 };
            try (var content = new PDPageContentStream(doc, page)) {
                float y = 740;
                y = line(content, serif, 40, y, "BỘ THÔNG TIN VÀ TRUYỀN THÔNG");
                y = line(content, serif, 40, y, "Số: 12/KH-BTTTT");
                y = line(content, serif, 40, y, "Hà Nội, ngày 10 tháng 01 năm 2024");
                y = line(content, serif, 40, y, "KẾ HOẠCH");
                y = line(content, serif, 40, y, "Triển khai nhiệm vụ năm 2024");
                y = line(content, serif, 40, y, "PHỤ LỤC") - 10;
                y = row(content, serif, x, y, new String[][] { { "STT" }, { "Nhiệm vụ" }, { "Cơ quan", "chủ trì" },
                        { "Cơ quan", "phối hợp" }, { "Thời gian", "hoàn thành" }, { "Sản phẩm" } });
                y = row(content, serif, x, y, new String[][] { { "1" }, { "Xây dựng Thông tư hướng", "dẫn về an toàn thông tin" },
                        { "Cục An toàn", "thông tin" }, { "Vụ Pháp chế" }, { "Quý III/2024" }, { "Thông tư" } });
                row(content, serif, x, y, new String[][] { { "2" }, { "Tổng kết thi hành Luật", "Giao dịch điện tử" },
                        { "Vụ Pháp chế" }, { "Văn phòng Bộ" }, { "Tháng 11/2024" }, { "Báo cáo" } });
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        String text = new DocumentReader().read(pdf, "ke-hoach.pdf");
        Extraction read = extractor.extract(text, TestDirectory.demo(), new WeekendCalendar(), LocalDate.of(2024, 1, 10));
        // the page with the table is read by positions: its header lines keep their meaning
        assertThat(read.document().number()).isEqualTo("12/KH-BTTTT");
        assertThat(read.document().issuedOn()).isEqualTo(LocalDate.of(2024, 1, 10));
        List<TaskProposal> tasks = read.tasks();
        assertThat(tasks).extracting(TaskProposal::text).containsExactly(
                "Xây dựng Thông tư hướng dẫn về an toàn thông tin", "Tổng kết thi hành Luật Giao dịch điện tử");
        assertThat(codes(tasks.get(0).lead())).containsExactly("ATTT");
        assertThat(codes(tasks.get(0).coordinating())).containsExactly("PC");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(codes(tasks.get(1).lead())).containsExactly("PC");
        assertThat(codes(tasks.get(1).coordinating())).containsExactly("VP");
        assertThat(tasks.get(1).product()).isEqualTo("Báo cáo");
    }

    private static float line(PDPageContentStream content, PDType0Font font, float x, float y, String text) throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - 14;
    }

    /** A table row drawn as a word processor prints it: each cell's lines, one cell after the other. */
    private static float row(PDPageContentStream content, PDType0Font font, float[] x, float y, String[][] cells)
            throws IOException {
        int height = 1;
        for (int c = 0; c < cells.length; c++) {
            for (int l = 0; l < cells[c].length; l++) {
                line(content, font, x[c], y - 12 * l, cells[c][l]);
            }
            height = Math.max(height, cells[c].length);
        }
        return y - 12 * height - 6;
    }
}
