package vn.nhiemvu.task.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** The opaque page cursor: the last id seen, encoded so clients do not build it themselves. */
final class Cursor {

    private static final String PREFIX = "t1:";

    private Cursor() {
    }

    static String after(long id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The id after which the page starts; 0 for the first page. */
    static long decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor.strip()), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return Long.parseLong(text.substring(PREFIX.length()));
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below; NumberFormatException is an IllegalArgumentException
        }
        throw InvalidInputException.of("cursor", Message.of("invalid.task.cursor.invalid"));
    }
}
