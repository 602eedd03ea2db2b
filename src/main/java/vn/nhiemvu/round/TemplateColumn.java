package vn.nhiemvu.round;

import java.math.BigDecimal;
import java.util.List;

/**
 * A column of a template's table.
 *
 * @param key     how the API and the stored answers name it (lower case letters, digits, underscores)
 * @param label   the heading people read
 * @param choices the allowed values of a {@link ColumnType#CHOICE} column, in order; empty for the other types
 */
public record TemplateColumn(String key, String label, ColumnType type, boolean required, String help,
        List<String> choices) {

    public TemplateColumn {
        key = key == null ? "" : key.strip();
        label = label == null ? "" : label.strip();
        help = help == null ? "" : help.strip();
        choices = choices == null ? List.of() : choices.stream().map(c -> c == null ? "" : c.strip()).toList();
    }

    /**
     * A kept value as people read and type it: a date day first (kept as ISO), a number or an amount the Vietnamese way
     * (kept as a plain decimal, "2.5" → "2,5", "1200000000" → "1.200.000.000"), anything else as kept. A form shows
     * this, so it must be what the cell check reads back as the same value.
     */
    public String shown(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (type) {
            case DATE -> value.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? vn.nhiemvu.shared.Dates.format(java.time.LocalDate.parse(value)) : value;
            case NUMBER, MONEY -> value.matches("-?\\d+(\\.\\d+)?") ? vietnamese(new BigDecimal(value)) : value;
            default -> value;
        };
    }

    /** 1500000.5 → "1.500.000,5", as the cell check reads numbers. */
    public static String vietnamese(BigDecimal number) {
        String plain = number.stripTrailingZeros().toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        var grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }
}
