package vn.nhiemvu.dossier;

import org.springframework.core.io.Resource;

/** A file to download: its bytes (streamed when read), its sniffed type and its display name. */
public record StoredFile(Resource content, String name, String contentType, long size, String sha256) {
}
