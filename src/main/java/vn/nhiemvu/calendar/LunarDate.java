package vn.nhiemvu.calendar;

/**
 * A day of the Vietnamese lunar calendar (âm lịch).
 *
 * @param year  the lunar year, named by the solar year in which its first day (Tết) falls
 * @param month 1 (tháng Giêng) to 12 (tháng Chạp)
 * @param day   1 to 30
 * @param leap  whether the month is the year's leap month (tháng nhuận), which repeats the number
 *              of the month before it
 */
public record LunarDate(int year, int month, int day, boolean leap) {

    private static final String[] STEMS = { "Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý" };
    private static final String[] BRANCHES = { "Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu",
            "Tuất", "Hợi" };

    public LunarDate {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("lunar month must be 1..12: " + month);
        }
        if (day < 1 || day > 30) {
            throw new IllegalArgumentException("lunar day must be 1..30: " + day);
        }
    }

    /** The year's name in the sexagenary cycle, e.g. "Bính Ngọ" for 2026. */
    public String yearName() {
        return STEMS[Math.floorMod(year + 6, 10)] + " " + BRANCHES[Math.floorMod(year + 8, 12)];
    }

    /** "10/3", or "10/3 nhuận" in a leap month. */
    public String shortLabel() {
        return day + "/" + month + (leap ? " nhuận" : "");
    }

    @Override
    public String toString() {
        return shortLabel() + " năm " + yearName();
    }
}
