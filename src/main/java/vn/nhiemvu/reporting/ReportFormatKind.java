package vn.nhiemvu.reporting;

import java.util.Locale;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** The formats a report is exported in, with their file extension and media type. */
public enum ReportFormatKind {
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    PDF("pdf", "application/pdf"),
    JSON("json", "application/json"),
    XML("xml", "application/xml");

    private final String extension;
    private final String mediaType;

    ReportFormatKind(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** By extension ("xlsx"); anything else is a 400 problem. */
    public static ReportFormatKind of(String extension) {
        String e = extension == null ? "" : extension.strip().toLowerCase(Locale.ROOT);
        for (ReportFormatKind k : values()) {
            if (k.extension.equals(e)) {
                return k;
            }
        }
        throw InvalidInputException.of("format", Message.of("invalid.reporting.format.invalid", extension));
    }
}
