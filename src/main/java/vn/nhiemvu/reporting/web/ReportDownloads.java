package vn.nhiemvu.reporting.web;

import java.io.ByteArrayOutputStream;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.nhiemvu.reporting.PeriodicReport;
import vn.nhiemvu.reporting.PeriodicReports;
import vn.nhiemvu.reporting.ReportFormatKind;
import vn.nhiemvu.reporting.ReportSnapshot;

/**
 * A report file as a download. Written to memory first, so that a failure is still answered as a problem instead of
 * a cut-off file (a quarterly xlsx of 100,000 tasks is a few megabytes).
 */
final class ReportDownloads {

    private ReportDownloads() {
    }

    static ResponseEntity<byte[]> of(PeriodicReports reports, PeriodicReport report, ReportSnapshot snapshot,
            ReportFormatKind kind, String name) {
        var out = new ByteArrayOutputStream(64 * 1024);
        reports.export(report, snapshot, kind, out);
        String type = kind.mediaType()
                + (kind == ReportFormatKind.JSON || kind == ReportFormatKind.XML ? ";charset=UTF-8" : "");
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(type))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + "." + kind.extension()).build().toString())
                .body(out.toByteArray());
    }
}
