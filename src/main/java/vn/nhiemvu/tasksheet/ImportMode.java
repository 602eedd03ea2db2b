package vn.nhiemvu.tasksheet;

/** What an import does when some rows are bad. */
public enum ImportMode {
    /** Nothing is written unless every row passes (the default). */
    ALL_OR_NOTHING,
    /** The good rows are written and the bad ones reported; only by explicit choice. */
    VALID_ONLY;

    /** The request's {@code mode} parameter: {@code all-or-nothing} or {@code valid-only}. */
    public static ImportMode parse(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("all-or-nothing")) {
            return ALL_OR_NOTHING;
        }
        if (value.strip().equalsIgnoreCase("valid-only")) {
            return VALID_ONLY;
        }
        throw vn.nhiemvu.shared.InvalidInputException.of("mode",
                vn.nhiemvu.shared.Message.of("invalid.tasksheet.mode.invalid", value.strip()));
    }
}
