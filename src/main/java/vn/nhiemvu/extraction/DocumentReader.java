package vn.nhiemvu.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.tika.Tika;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The text of an uploaded document: plain text (UTF-8, or Windows-1258/1252 as old files are),
 * .docx (paragraphs in order, each table row one line with its cells separated by tabs, as the
 * extractor's table rule reads them) or a PDF with a text layer (lines that only wrap are joined
 * back into paragraphs). The type is sniffed from the content with Apache Tika, never taken from
 * the name alone; anything else — a scan without text, an old .doc, HTML, an image — is refused
 * with a Vietnamese message.
 */
public final class DocumentReader {

    /** Larger than any directive; a bigger upload is something else. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** A directive of a hundred pages is about 300,000 characters. */
    public static final int MAX_CHARS = 500_000;

    private static final Pattern ITEM_START = Pattern.compile("^\\s*(?:[IVX]+\\.|\\d{1,2}(?:\\.\\d{1,2})*[.)]|[a-zđ]\\)|[-–+•])");
    private final Tika tika = new Tika();

    public String read(byte[] bytes, String filename) {
        if (bytes == null || bytes.length == 0) {
            throw InvalidInputException.of("file", Message.of("invalid.extraction.file.empty"));
        }
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", Message.of("invalid.extraction.file.too-large", MAX_BYTES / (1024 * 1024)));
        }
        String type = tika.detect(bytes, filename == null ? "" : filename);
        String text;
        try {
            text = switch (type) {
                case "application/vnd.openxmlformats-officedocument.wordprocessingml.document" -> docx(bytes);
                case "application/pdf" -> pdf(bytes);
                case "text/plain" -> plain(bytes);
                case "application/x-tika-ooxml", "application/zip" -> docx(bytes);
                default -> throw InvalidInputException.of("file", Message.of("invalid.extraction.file.type", type));
            };
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw InvalidInputException.of("file", Message.of("invalid.extraction.file.damaged", type));
        }
        return check(text);
    }

    /** The checks on pasted text, too: not empty, not too long. */
    public static String check(String text) {
        if (text == null || text.isBlank()) {
            throw InvalidInputException.of("text",
                    Message.of("invalid.extraction.text.unknown"));
        }
        if (text.length() > MAX_CHARS) {
            throw InvalidInputException.of("text", Message.of("invalid.extraction.text.too-long", MAX_CHARS));
        }
        return text;
    }

    private static String plain(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1258"));
        }
    }

    private static String docx(byte[] bytes) throws IOException {
        var out = new StringBuilder();
        try (var doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.append(p.getText()).append('\n');
                } else if (element instanceof XWPFTable table) {
                    table(table, out);
                }
            }
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw InvalidInputException.of("file", Message.of("invalid.extraction.file.not-docx"));
        }
        return out.toString();
    }

    /**
     * A table a row a line, cells separated by tabs, as {@code TableReader} reads them. A cell merged
     * across columns (gridSpan) is followed by empty cells so that the columns stay aligned; a cell merged
     * down rows (vMerge) repeats the text of the cell that starts the merge, so that every row under a
     * merged "Cơ quan chủ trì" cell carries its lead.
     */
    private static void table(XWPFTable table, StringBuilder out) {
        var above = new java.util.HashMap<Integer, String>();
        for (XWPFTableRow row : table.getRows()) {
            var cells = new StringBuilder();
            int column = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                String text = cell.getText().replaceAll("\\s+", " ").strip();
                var properties = cell.getCTTc().getTcPr();
                int span = properties != null && properties.getGridSpan() != null
                        ? properties.getGridSpan().getVal().intValue() : 1;
                var merge = properties != null ? properties.getVMerge() : null;
                if (merge != null && merge.getVal() != org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge.RESTART) {
                    text = above.getOrDefault(column, text);
                } else {
                    above.put(column, text);
                }
                cells.append(column == 0 ? "" : "\t").append(text).append("\t".repeat(Math.max(0, span - 1)));
                column += Math.max(1, span);
            }
            out.append(cells).append('\n');
        }
    }

    private static String pdf(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            // page by page: a page with a task table is read by the words' positions, the others as PDFBox reads them
            var raw = new StringBuilder();
            var columns = new java.util.ArrayList<float[]>();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                String table = PdfTables.page(doc, page, !columns.isEmpty(), columns);
                if (table != null) {
                    raw.append(table);
                } else {
                    var stripper = new PDFTextStripper();
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    raw.append(stripper.getText(doc));
                }
            }
            return joinWrappedLines(raw.toString());
        }
    }

    private static boolean namesColumn(String line) {
        String f = SourceText.of(line.strip()).folded();
        return !f.isEmpty() && f.length() <= 40 && f.indexOf(':') < 0 && TableReader.column(f, false) != TableReader.Column.OTHER;
    }

    /** A PDF breaks lines where the page ends them; a line goes on unless it ends a sentence or the next starts an item. */
    static String joinWrappedLines(String raw) {
        String[] lines = raw.replace("\r\n", "\n").split("\n", -1);
        var out = new StringBuilder();
        boolean table = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            out.append(line);
            if (i + 1 == lines.length) {
                break;
            }
            String next = lines[i + 1];
            // a table's cells come a cell a line from its header on: kept apart for TableReader
            table = table || i + 2 < lines.length && namesColumn(line) && namesColumn(next) && namesColumn(lines[i + 2]);
            boolean ends = table || line.indexOf('\t') >= 0 || next.indexOf('\t') >= 0 || line.isBlank() || line.matches(".*[.;:!?]$") || next.isBlank()
                    || ITEM_START.matcher(next).lookingAt() || line.equals(line.toUpperCase(java.util.Locale.ROOT));
            out.append(ends ? "\n" : " ");
        }
        return out.toString();
    }
}
