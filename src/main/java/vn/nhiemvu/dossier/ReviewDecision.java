package vn.nhiemvu.dossier;

/** The Legal Department's decision on a dossier. */
public enum ReviewDecision {

    PASS("Thông qua"),
    RETURN("Trả lại");

    private final String label;

    ReviewDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
