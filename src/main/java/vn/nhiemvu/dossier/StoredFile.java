package vn.nhiemvu.dossier;

import java.nio.file.Path;

/** A file to download: where its bytes are, its sniffed type and its display name. */
public record StoredFile(Path path, String name, String contentType, long size, String sha256) {
}
