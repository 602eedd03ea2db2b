package vn.nhiemvu.officialdocument.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import vn.nhiemvu.officialdocument.OfficialDocument;

class PdfOfficialDocumentRendererTests {

    private final PdfOfficialDocumentRenderer renderer = new PdfOfficialDocumentRenderer(templates());

    private static SpringTemplateEngine templates() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }

    private static OfficialDocument report(String body) {
        return new OfficialDocument("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "VĂN PHÒNG", "15/BC-VP", "Hà Nội",
                LocalDate.of(2020, 11, 3), "BÁO CÁO", "Kết quả thực hiện nhiệm vụ quý III năm 2020",
                List.of("Bộ trưởng Nguyễn Mạnh Hùng"), body,
                List.of("- Như trên;", "- Các Thứ trưởng;", "- Lưu: VT, TH."),
                "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG", "Nguyễn Văn Đức", false);
    }

    @Test
    void printsTheNationalHeaderNumberDateAndSignatureWithVietnameseGlyphsEmbedded() throws Exception {
        var paragraphs = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            paragraphs.append("<p>Đoạn ").append(i)
                    .append(": Văn phòng Bộ theo dõi, đôn đốc các đơn vị thực hiện nhiệm vụ đúng thời hạn; ")
                    .append("tổng hợp khó khăn, vướng mắc, đề xuất Lãnh đạo Bộ xem xét, chỉ đạo.</p>");
        }
        byte[] pdf = renderer.renderPdf(report(paragraphs.toString()));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String first = text(document, 1, 1);
            assertThat(first)
                    .contains("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "VĂN PHÒNG", "Số: 15/BC-VP",
                            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                            "Hà Nội, ngày 03 tháng 11 năm 2020", "BÁO CÁO",
                            "Kết quả thực hiện nhiệm vụ quý III năm 2020", "Kính gửi:", "Bộ trưởng Nguyễn Mạnh Hùng.",
                            "Đoạn 1: Văn phòng Bộ theo dõi, đôn đốc")
                    .doesNotContain("#");
            // The page number is printed from the second page on, at the top.
            assertThat(first.strip()).doesNotStartWith("1");
            assertThat(text(document, 2, 2).strip()).startsWith("2");
            String last = text(document, document.getNumberOfPages(), document.getNumberOfPages());
            assertThat(last).contains("Nơi nhận:", "- Lưu: VT, TH.", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG",
                    "Nguyễn Văn Đức");

            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            });

            // For a person to look at: target/officialdocument-page1.png
            var image = new PDFRenderer(document).renderImageWithDPI(0, 80);
            ImageIO.write(image, "png", Files.newOutputStream(Path.of("target/officialdocument-page1.png")));
        }
    }

    @Test
    void aLetterCarriesItsSubjectUnderTheNumberAndListsSeveralAddressees() throws Exception {
        var letter = new OfficialDocument("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "VĂN PHÒNG", null, "Hà Nội", null, null,
                "đôn đốc thực hiện nhiệm vụ quá hạn", List.of("Cục An toàn thông tin", "Vụ Pháp chế"),
                "<p>Văn phòng Bộ đề nghị các đơn vị khẩn trương hoàn thành &amp; báo cáo.</p>", List.of("- Như trên;"),
                "CHÁNH VĂN PHÒNG", null, false);
        try (PDDocument document = Loader.loadPDF(renderer.renderPdf(letter))) {
            String text = text(document, 1, document.getNumberOfPages());
            assertThat(text).contains("V/v đôn đốc thực hiện nhiệm vụ quá hạn", "Số:", "Hà Nội, ngày", "Kính gửi:",
                    "- Cục An toàn thông tin;", "- Vụ Pháp chế.", "hoàn thành & báo cáo", "CHÁNH VĂN PHÒNG");
        }
    }

    @Test
    void hidingTheFontsGlyphSubstitutionsWritesTheSameGlyphsForVietnameseText() throws Exception {
        String html = "<html><head><style>body { font-family: 'Liberation Serif'; }</style></head><body>"
                + "<p>Nhiệm vụ quá hạn: Văn phòng Bộ đôn đốc các đơn vị; ĐẶNG Ữ Ỹ ỵ ẳ ố ợ ừ, \"fi\" &amp; 100 %.</p>"
                + "<p><b>Tổng hợp</b> <i>kết quả</i> <b><i>thực hiện</i></b></p></body></html>";
        for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            byte[] font;
            try (var in = getClass().getResourceAsStream("/fonts/LiberationSerif-" + face + ".ttf")) {
                font = in.readAllBytes();
            }
            byte[] hidden = PdfOfficialDocumentRenderer.withoutGlyphSubstitution(font);
            try (var original = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(font));
                    var changed = new org.apache.fontbox.ttf.TTFParser()
                            .parse(new org.apache.pdfbox.io.RandomAccessReadBuffer(hidden))) {
                assertThat(original.getTableMap()).containsKey("GSUB");
                assertThat(changed.getTableMap()).doesNotContainKey("GSUB");
                assertThat(changed.getNumberOfGlyphs()).isEqualTo(original.getNumberOfGlyphs());
            }
        }
        assertThat(pageContent(html, false)).isEqualTo(pageContent(html, true));
    }

    /** The decoded content stream of the first page of {@code html} set in the four faces, GSUB kept or hidden. */
    private static byte[] pageContent(String html, boolean hidden) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var builder = new com.openhtmltopdf.pdfboxout.PdfRendererBuilder().useFastMode().withHtmlContent(html, null)
                .toStream(out);
        String[][] faces = { { "Regular", "400", "NORMAL" }, { "Bold", "700", "NORMAL" }, { "Italic", "400", "ITALIC" },
                { "BoldItalic", "700", "ITALIC" } };
        for (String[] face : faces) {
            byte[] font;
            try (var in = PdfOfficialDocumentRendererTests.class
                    .getResourceAsStream("/fonts/LiberationSerif-" + face[0] + ".ttf")) {
                font = in.readAllBytes();
            }
            byte[] used = hidden ? PdfOfficialDocumentRenderer.withoutGlyphSubstitution(font) : font;
            builder.useFont(() -> new java.io.ByteArrayInputStream(used), PdfOfficialDocumentRenderer.FONT_FAMILY,
                    Integer.parseInt(face[1]),
                    com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle.valueOf(face[2]), true);
        }
        builder.run();
        try (PDDocument document = Loader.loadPDF(out.toByteArray());
                var content = document.getPage(0).getContents()) {
            return content.readAllBytes();
        }
    }

    @Test
    void datesTakeLeadingZerosForDaysBelowTenAndMonthsBelowThree() {
        assertThat(withDate(LocalDate.of(2024, 1, 9)).placeAndDate()).isEqualTo("Hà Nội, ngày 09 tháng 01 năm 2024");
        assertThat(withDate(LocalDate.of(2024, 3, 5)).placeAndDate()).isEqualTo("Hà Nội, ngày 05 tháng 3 năm 2024");
        assertThat(withDate(LocalDate.of(2020, 12, 25)).placeAndDate()).isEqualTo("Hà Nội, ngày 25 tháng 12 năm 2020");
    }

    private static OfficialDocument withDate(LocalDate date) {
        return new OfficialDocument(null, "VĂN PHÒNG", "1/VP", "Hà Nội", date, "BÁO CÁO", null, List.of(), "<p/>",
                List.of(), null, null, false);
    }

    private static String text(PDDocument document, int from, int to) throws Exception {
        var stripper = new PDFTextStripper();
        stripper.setStartPage(from);
        stripper.setEndPage(to);
        // Lines wrap where the layout decides; compare words, not line breaks.
        return stripper.getText(document).replaceAll("\\s+", " ");
    }
}
