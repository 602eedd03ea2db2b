package vn.nhiemvu.calendar;

/**
 * The occasion a day belongs to. A year's official rows for an occasion replace the statutory
 * proposal for that occasion; the other occasions keep the proposal until they are announced.
 */
public enum Occasion {
    NEW_YEAR("Tết Dương lịch"),
    LUNAR_NEW_YEAR("Tết Nguyên đán"),
    HUNG_KINGS("Giỗ Tổ Hùng Vương"),
    REUNIFICATION("Ngày Chiến thắng 30/4"),
    LABOUR_DAY("Ngày Quốc tế lao động 1/5"),
    NATIONAL_DAY("Quốc khánh 2/9"),
    /** Anything else the Government decides (a one-off day off, a new holiday); replaces no proposal. */
    OTHER("Khác");

    private final String label;

    Occasion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
