package vn.nhiemvu.shared;

/** ETags are an entity's version, quoted; If-Match must name the current one. */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version an If-Match header names; a missing header is 428, one we never issued is stale (412). */
    public static long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ConflictException(ConflictException.Kind.VERSION_REQUIRED,
                    Message.of("conflict.shared.if-match.missing"));
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            // An ETag we never issued cannot be the current one.
            throw new ConflictException(ConflictException.Kind.STALE_VERSION,
                    Message.of("conflict.shared.if-match.stale"));
        }
    }
}
