package vn.nhiemvu.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The request is well formed but clashes with the current state (e.g. a stale version). Its words are a
 * {@link Message} (a {@code conflict.} code and its arguments), worded in the reader's language by the problem
 * details and the pages (ADR 0033); the exception's own message, for logs, is the Vietnamese.
 */
public class ConflictException extends RuntimeException implements Worded {

    private final Kind kind;
    private final Message words;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public enum Kind {
        /** The state forbids the change. */
        STATE,
        /** The client's copy is older than the stored one (HTTP 412). */
        STALE_VERSION,
        /** The client did not say which version it changes (HTTP 428). */
        VERSION_REQUIRED
    }

    public ConflictException(Kind kind, Message words) {
        super(words.vietnamese());
        this.kind = kind;
        this.words = words;
    }

    @Override
    public Message words() {
        return words;
    }

    public Kind kind() {
        return kind;
    }

    /** Adds a field to the problem detail the API answers (what is missing, where the rule is stated…). */
    public ConflictException with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    /** The fields added to the problem detail, in the order added. */
    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }
}
