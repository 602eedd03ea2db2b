package vn.nhiemvu.round;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlinePhrase;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.shared.InputRules;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.Text;

/**
 * Reads one typed cell by its column's type into the value kept: numbers in Vietnamese writing (dots between
 * thousands, a comma before decimals) kept as plain digits, dates as ISO, yes/no as true/false, a choice as the
 * template wrote it, an agency as the directory names it. A cell is text whatever it starts with: "=SUM(A1)" is kept
 * as typed and exported as text, never evaluated.
 *
 * @param reference     the round's letter date, from which a deadline phrase without a year is read
 * @param directoryName the directory's name of an agency or unit the text names (code, name or alias), if any
 */
public record CellReader(DeadlinePhraseParser deadlines, WorkingCalendar calendar, LocalDate reference,
        Function<String, Optional<String>> directoryName) {

    static final int MAX_TEXT = 500;
    static final int MAX_LONG_TEXT = 4000;
    private static final Pattern NUMBER = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern MONEY_UNIT = Pattern.compile("\\s*(đồng|đ|vnđ|vnd)$", Pattern.CASE_INSENSITIVE);

    /** A cell read: its value, or why it is refused (without the cell's place). */
    public record Reading(String value, Message refusal) {

        static Reading of(String value) {
            return new Reading(value, null);
        }

        static Reading refused(Message why) {
            return new Reading(null, why);
        }

        public boolean refused() {
            return refusal != null;
        }
    }

    public Reading read(TemplateColumn column, String raw) {
        String typed = raw == null ? "" : raw.strip();
        if (typed.isEmpty()) {
            return column.required() ? Reading.refused(Message.of("round.cell.required")) : Reading.of("");
        }
        try {
            InputRules.checkText(typed);
        } catch (InputRules.Refused e) {
            return Reading.refused(e.words());
        }
        return switch (column.type()) {
            case TEXT -> length(typed, MAX_TEXT);
            case LONG_TEXT -> length(typed, MAX_LONG_TEXT);
            case NUMBER -> number(typed);
            case MONEY -> money(typed);
            case DATE -> date(typed);
            case DEADLINE_PHRASE -> deadline(typed);
            case CHOICE -> choice(column, typed);
            case UNIT_OR_AGENCY -> length(typed, MAX_TEXT).refused() ? length(typed, MAX_TEXT)
                    : Reading.of(directoryName.apply(typed).orElse(typed));
            case YES_NO -> yesNo(typed);
        };
    }

    private static Reading length(String typed, int max) {
        return typed.length() > max ? Reading.refused(Message.of("round.cell.too-long", typed.length(), max))
                : Reading.of(typed);
    }

    private static Reading number(String typed) {
        String compact = typed.replace(" ", "").replace("\u00a0", "");
        if (!NUMBER.matcher(compact).matches()) {
            return Reading.refused(Message.of("round.cell.number", typed));
        }
        return Reading.of(new BigDecimal(compact.replace(".", "").replace(',', '.')).toPlainString());
    }

    private static Reading money(String typed) {
        Reading number = number(MONEY_UNIT.matcher(typed).replaceFirst(""));
        if (number.refused()) {
            return Reading.refused(Message.of("round.cell.money", typed));
        }
        BigDecimal amount = new BigDecimal(number.value());
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 0) {
            return Reading.refused(Message.of("round.cell.money.whole", typed));
        }
        return Reading.of(amount.toBigInteger().toString());
    }

    private static Reading date(String typed) {
        try {
            return Reading.of(Dates.parse(typed).toString());
        } catch (InputRules.Refused e) {
            return Reading.refused(e.words());
        }
    }

    private Reading deadline(String typed) {
        if (typed.length() > MAX_TEXT) {
            return length(typed, MAX_TEXT);
        }
        DeadlinePhrase phrase = deadlines.parse(typed, reference, calendar);
        return phrase.understood() ? Reading.of(typed)
                : Reading.refused(Message.of("round.cell.deadline", typed));
    }

    private static Reading choice(TemplateColumn column, String typed) {
        String folded = Text.fold(typed);
        return column.choices().stream().filter(c -> Text.fold(c).equals(folded)).findFirst().map(Reading::of)
                .orElseGet(() -> Reading.refused(Message.of("round.cell.choice", typed,
                        String.join("; ", column.choices()))));
    }

    private static Reading yesNo(String typed) {
        return switch (Text.fold(typed)) {
            case "co", "x", "yes", "true", "1" -> Reading.of("true");
            case "khong", "no", "false", "0" -> Reading.of("false");
            default -> Reading.refused(Message.of("round.cell.yes-no", typed));
        };
    }
}
