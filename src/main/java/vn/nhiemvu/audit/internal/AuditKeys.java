package vn.nhiemvu.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * The two keys the audit log is proved with, both in files outside the database, created on first start (readable
 * by the owner only): the HMAC key of the entries ({@code nhiemvu.audit.key-file}: 32 random bytes in Base64) and the
 * Ed25519 key pair that signs checkpoints ({@code nhiemvu.audit.signing-key-file}: the PKCS#8 private key and the
 * X.509 public key, Base64, one a line; the public key can be handed to an outside auditor).
 */
@Component
class AuditKeys {

    private final SecretKey macKey;
    private final KeyPair signing;

    AuditKeys(AuditProperties settings) {
        this.macKey = new SecretKeySpec(Base64.getDecoder().decode(readOrCreate(settings.keyFile(), AuditKeys::newMacKey)
                .get(0)), "HmacSHA256");
        this.signing = keyPair(readOrCreate(settings.signingKeyFile(), AuditKeys::newSigningKey));
    }

    SecretKey macKey() {
        return macKey;
    }

    KeyPair signing() {
        return signing;
    }

    private static List<String> newMacKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return List.of(Base64.getEncoder().encodeToString(key));
    }

    private static List<String> newSigningKey() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return List.of(Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    private static KeyPair keyPair(List<String> lines) {
        try {
            var factory = KeyFactory.getInstance("Ed25519");
            return new KeyPair(factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(lines.get(1)))),
                    factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(lines.get(0)))));
        } catch (GeneralSecurityException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new IllegalStateException("The audit signing key file is not a key pair written by this application",
                    e);
        }
    }

    /** The file's lines; a new key written first if there is no file (two nodes starting at once: one wins). */
    private static List<String> readOrCreate(Path file, java.util.function.Supplier<List<String>> key) {
        try {
            if (!Files.exists(file)) {
                Path parent = file.toAbsolutePath().getParent();
                Files.createDirectories(parent);
                try {
                    if (parent.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.createFile(file, PosixFilePermissions.asFileAttribute(
                                PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(file);
                    }
                    Files.write(file, key.get(), StandardCharsets.US_ASCII);
                } catch (FileAlreadyExistsException e) {
                    // created meanwhile by another process: read that one
                }
            }
            return Files.readAllLines(file, StandardCharsets.US_ASCII).stream().map(String::strip)
                    .filter(line -> !line.isEmpty()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the audit key file " + file, e);
        }
    }
}
