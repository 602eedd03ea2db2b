package vn.nhiemvu.round.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.round.AnswerContent;

/**
 * An answer as the JSON text stored, and the SHA-256 of that text: the receipt's hash is of exactly the bytes kept, so
 * the content read back (GET …/submissions/{version}) can be hashed again and compared.
 */
@Component
class AnswerJson {

    private final JsonMapper json;

    AnswerJson(JsonMapper json) {
        this.json = json;
    }

    String write(AnswerContent content) {
        return json.writeValueAsString(content);
    }

    AnswerContent read(String text) {
        return json.readValue(text, AnswerContent.class);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
