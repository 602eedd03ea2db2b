package vn.nhiemvu.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.tika.Tika;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.nhiemvu.cluster.ContentStore;
import vn.nhiemvu.cluster.ContentStores;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * Uploaded bytes, each kept under its SHA-256 (so equal files are stored once and a client's name never becomes a
 * path): in table {@code dossier_content} on PostgreSQL, which every node reads, or under
 * {@code nhiemvu.files.directory} on H2 (ADR 0019). The type is sniffed
 * from the content with Apache Tika; the name only narrows a container the content already shows
 * (an OLE2 or OOXML package into Word or Excel), and never makes HTML, scripts or programs pass.
 */
@Component
class FileStore {

    static final Set<String> ALLOWED = Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet", "text/plain",
            "image/png", "image/jpeg", "application/zip");

    private static final String ALLOWED_WORDS = "PDF, DOC/DOCX, XLS/XLSX, ODT/ODS, văn bản thuần, PNG/JPEG, ZIP";
    private static final Pattern MARKUP = Pattern.compile("<\\s*(!doctype|html|script|svg|iframe|body|object|embed)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern UNSAFE_NAME_CHARS = Pattern.compile("[\\p{Cntrl}<>:\"|?*\\\\/]");
    private static final int SNIFF_BYTES = 64 * 1024;

    private final Path directory;
    private final DataSize maxSize;
    private final ContentStore contents;
    private final Tika tika = new Tika();

    FileStore(ContentStores stores, FileProperties settings) {
        this.directory = settings.directory().toAbsolutePath().normalize();
        this.maxSize = settings.maxSize();
        this.contents = stores.create("dossier_content", this.directory, true);
    }

    record Stored(String sha256, long size, String contentType, String displayName) {
    }

    DataSize maxSize() {
        return maxSize;
    }

    /** Reads, limits, hashes and sniffs the content, then keeps it under its SHA-256. */
    Stored store(InputStream content, String originalName) {
        String name = displayName(originalName);
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size = copyLimited(new DigestInputStream(content, sha), temp);
            if (size == 0) {
                throw InvalidInputException.of("file", Message.of("invalid.dossier.file.empty"));
            }
            byte[] prefix = readPrefix(temp);
            String type = sniff(prefix, name);
            String hash = HexFormat.of().formatHex(sha.digest());
            contents.keep(hash, temp);
            temp = null;
            return new Stored(hash, size, type, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray .part file is harmless
                }
            }
        }
    }

    /** The bytes of a hash; the hash is ours (64 hex digits), never the client's. */
    Optional<Resource> content(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return contents.find(sha256);
    }

    private long copyLimited(InputStream in, Path temp) throws IOException {
        long limit = maxSize.toBytes();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (in; OutputStream out = Files.newOutputStream(temp)) {
            int n;
            while ((n = in.read(buffer)) != -1) {
                total += n;
                if (total > limit) {
                    throw InvalidInputException.of("file", Message.of("invalid.dossier.file.too-large", human(limit)));
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }

    private static byte[] readPrefix(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        }
    }

    /** The content's type if it is one we accept; otherwise a field error naming what we accept. */
    String sniff(byte[] prefix, String name) {
        String byContent = tika.detect(prefix);
        Message refused = Message.of("invalid.dossier.file.type", byContent, ALLOWED_WORDS);
        if ("application/octet-stream".equals(byContent)) {
            throw InvalidInputException.of("file", Message.of("invalid.dossier.file.unrecognised", ALLOWED_WORDS));
        }
        if ("text/plain".equals(byContent)) {
            // Text is text whatever its name says, unless the name makes it a script, a page or a program.
            String byName = tika.detect(prefix, name);
            String head = new String(prefix, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!"text/plain".equals(byName) && !ALLOWED.contains(byName) || MARKUP.matcher(head).find()) {
                throw InvalidInputException.of("file", Message.of("invalid.dossier.file.active-content", ALLOWED_WORDS));
            }
            return "text/plain";
        }
        // The name can only specialise what the content shows (e.g. an OLE2 package into a .doc).
        String refined = tika.detect(prefix, name);
        if (ALLOWED.contains(refined) && !refined.startsWith("text/")) {
            return refined;
        }
        if (ALLOWED.contains(byContent)) {
            return byContent;
        }
        if ("application/x-tika-ooxml".equals(byContent)) {
            return "application/zip";
        }
        throw InvalidInputException.of("file", refused);
    }

    /** The client's name, kept for display only: its last segment, without control or path characters. */
    static String displayName(String original) {
        String name = original == null ? "" : original;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = UNSAFE_NAME_CHARS.matcher(name).replaceAll("_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        return name.isBlank() ? "tep-tai-len" : name;
    }

    private static String human(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%d KB", bytes / 1024);
        }
        return bytes + " byte";
    }
}
