package vn.nhiemvu.round;

/** What a template's column holds; each type has its own check of a typed cell ({@link CellReader}). */
public enum ColumnType {

    /** A line of text (at most 500 characters). */
    TEXT,
    /** Paragraphs (at most 4,000 characters). */
    LONG_TEXT,
    /** A number, with a comma or a dot for the decimals ("12,5"). */
    NUMBER,
    /** An amount in đồng, whole, with dots or spaces between thousands ("1.500.000.000"). */
    MONEY,
    /** A date, day first (dd/MM/yyyy). */
    DATE,
    /** A deadline as a directive words it ("Quý II/2024", "trước ngày 30/6/2024"), understood by the parser. */
    DEADLINE_PHRASE,
    /** One of the column's listed choices (the task groups of the source decision, say). */
    CHOICE,
    /** An agency or unit: the directory's name when the text names one, else the text as typed. */
    UNIT_OR_AGENCY,
    /** Có or không. */
    YES_NO;

    /** The message code of the type's name, for pages. */
    public String code() {
        return "round.column." + name();
    }
}
