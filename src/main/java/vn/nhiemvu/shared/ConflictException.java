package vn.nhiemvu.shared;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The request is well formed but clashes with the current state (e.g. a stale version). */
public class ConflictException extends RuntimeException {

    private final Kind kind;
    private final Map<String, Object> properties = new LinkedHashMap<>();

    public enum Kind {
        /** The state forbids the change. */
        STATE,
        /** The client's copy is older than the stored one (HTTP 412). */
        STALE_VERSION,
        /** The client did not say which version it changes (HTTP 428). */
        VERSION_REQUIRED
    }

    public ConflictException(Kind kind, String message) {
        super(message);
        this.kind = kind;
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
