package vn.nhiemvu.shared;

/** The request is well formed but clashes with the current state (e.g. a stale version). */
public class ConflictException extends RuntimeException {

    private final Kind kind;

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
}
