package vn.nhiemvu.officialdocument;

import java.io.OutputStream;

/** Renders an {@link OfficialDocument} as a PDF/A-free, font-embedded A4 PDF. */
public interface OfficialDocumentRenderer {

    void renderPdf(OfficialDocument document, OutputStream out);

    byte[] renderPdf(OfficialDocument document);
}
