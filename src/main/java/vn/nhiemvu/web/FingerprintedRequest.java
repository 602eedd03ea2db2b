package vn.nhiemvu.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body is hashed (SHA-256) as it is read, without keeping it, so that a repeated Idempotency-Key can
 * be told from the same key sent with another body. Forms and uploads are parsed by the container from its own stream,
 * past this wrapper: they have no fingerprint (the key is then matched by method and path only).
 */
final class FingerprintedRequest extends HttpServletRequestWrapper {

    private final boolean hashed;
    private final MessageDigest digest;
    private ServletInputStream stream;
    private String fingerprint;

    FingerprintedRequest(HttpServletRequest request) {
        super(request);
        String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        this.hashed = !type.startsWith("multipart/") && !type.startsWith("application/x-www-form-urlencoded");
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (!hashed) {
            return super.getInputStream();
        }
        if (stream == null) {
            stream = new Hashing(super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (!hashed) {
            return super.getReader();
        }
        String encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    /** The hash of the whole body, reading what the application left unread; null for forms and uploads. */
    String fingerprint() {
        if (!hashed) {
            return null;
        }
        if (fingerprint == null) {
            try {
                getInputStream().transferTo(OutputStream.nullOutputStream());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fingerprint = HexFormat.of().formatHex(digest.digest());
        }
        return fingerprint;
    }

    /** As {@link #fingerprint()}, for a request that is answered without being handled. */
    String readFingerprint() throws IOException {
        try {
            return fingerprint();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private final class Hashing extends ServletInputStream {

        private final ServletInputStream in;

        Hashing(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                digest.update((byte) b);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                digest.update(buffer, offset, n);
            }
            return n;
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
