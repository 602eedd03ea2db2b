package vn.nhiemvu.officialdocument.internal;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.nhiemvu.officialdocument.OfficialDocument;
import vn.nhiemvu.officialdocument.OfficialDocumentRenderer;

/**
 * OpenHTMLtoPDF over a Thymeleaf page. The fonts come from the jar (Liberation Serif 2, metric-compatible
 * with Times New Roman and carrying the Vietnamese glyphs) so that a PDF never depends on the host's fonts;
 * they are subset and embedded.
 */
@Component
class PdfOfficialDocumentRenderer implements OfficialDocumentRenderer {

    static final String FONT_FAMILY = "Liberation Serif";

    private record Face(String file, int weight, FontStyle style) {
    }

    private static final List<Face> FACES = List.of(
            new Face("LiberationSerif-Regular.ttf", 400, FontStyle.NORMAL),
            new Face("LiberationSerif-Bold.ttf", 700, FontStyle.NORMAL),
            new Face("LiberationSerif-Italic.ttf", 400, FontStyle.ITALIC),
            new Face("LiberationSerif-BoldItalic.ttf", 700, FontStyle.ITALIC));

    private final ITemplateEngine templates;
    private final byte[][] fonts;

    PdfOfficialDocumentRenderer(ITemplateEngine templates) {
        this.templates = templates;
        this.fonts = FACES.stream().map(face -> withoutGlyphSubstitution(read("/fonts/" + face.file())))
                .toArray(byte[][]::new);
    }

    @Override
    public byte[] renderPdf(OfficialDocument document) {
        var out = new ByteArrayOutputStream(64 * 1024);
        renderPdf(document, out);
        return out.toByteArray();
    }

    @Override
    public void renderPdf(OfficialDocument document, OutputStream out) {
        var context = new Context(Locale.forLanguageTag("vi-VN"));
        context.setVariable("doc", document);
        context.setVariable("capacityLines", document.signingCapacity() == null ? List.of()
                : Arrays.stream(document.signingCapacity().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList());
        String xhtml = templates.process("officialdocument/document", context);
        var builder = new PdfRendererBuilder().useFastMode().withHtmlContent(xhtml, null).toStream(out);
        for (int i = 0; i < FACES.size(); i++) {
            byte[] font = fonts[i];
            Face face = FACES.get(i);
            builder.useFont(() -> new java.io.ByteArrayInputStream(font), FONT_FAMILY, face.weight(), face.style(), true);
        }
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The font with its GSUB table hidden (its tag renamed, so every TrueType reader skips it). PDFBox applies a
     * font's GSUB "ccmp" feature to each word it writes and compiles a regular expression of all the feature's
     * glyph sequences for every word: two thirds of the time of a report's PDF. In Liberation Serif the only such
     * sequences are of IPA tone letters (U+02E5–U+02E9), which Vietnamese text never uses, so the glyphs written
     * are the same; the embedded subset never carried the GSUB table anyway.
     */
    static byte[] withoutGlyphSubstitution(byte[] font) {
        byte[] copy = font.clone();
        int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int i = 0, record = 12; i < tables; i++, record += 16) {
            if (copy[record] == 'G' && copy[record + 1] == 'S' && copy[record + 2] == 'U' && copy[record + 3] == 'B') {
                copy[record + 3] = 'x';
            }
        }
        return copy;
    }

    private static byte[] read(String resource) {
        try (InputStream in = PdfOfficialDocumentRenderer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
