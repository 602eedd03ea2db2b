package vn.nhiemvu.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import vn.nhiemvu.shared.Message;

/**
 * What a new password must be, wherever it is set (the person's own change, an administrator's
 * reset or new account, the first administrator at setup): 10–128 characters, not one of the
 * common passwords shipped in {@code identity/common-passwords.txt}, not containing the username
 * or "demo", and not a run of a few repeated characters.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final String COMMON = "/identity/common-passwords.txt";

    private final Set<String> common;

    private PasswordPolicy(Set<String> common) {
        this.common = common;
    }

    static PasswordPolicy standard() {
        try (var lines = new BufferedReader(new InputStreamReader(PasswordPolicy.class.getResourceAsStream(COMMON),
                StandardCharsets.UTF_8))) {
            return new PasswordPolicy(lines.lines().filter(l -> !l.isEmpty() && !l.equals("#") && !l.startsWith("# "))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why this password is not acceptable for this account, or null. */
    Message weakness(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Message.of("invalid.identity.password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            return Message.of("invalid.identity.password.too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Message.of("invalid.identity.password.common");
        }
        if (username != null && !username.isBlank() && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Message.of("invalid.identity.password.username");
        }
        if (lower.contains("demo") || password.chars().distinct().count() < 5) {
            return Message.of("invalid.identity.password.guessable");
        }
        return null;
    }
}
