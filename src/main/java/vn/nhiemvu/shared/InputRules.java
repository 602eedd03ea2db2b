package vn.nhiemvu.shared;

import java.time.LocalDate;

/**
 * What no input may carry, whatever the field: the one rule the API's JSON reader, its query
 * parameters and the pages' form fields all apply (module {@code web}).
 * <ul>
 * <li>text with a NUL character or a lone UTF-16 surrogate: PostgreSQL cannot store the first, and
 * the second is not text at all;</li>
 * <li>a date whose year is outside 1945–2199: nothing this register tracks is older than the
 * State (1945), and the working-day calendar ends in 2199.</li>
 * </ul>
 */
public final class InputRules {

    public static final int EARLIEST_YEAR = 1945;
    public static final int LATEST_YEAR = 2199;

    private InputRules() {
    }

    /** Thrown by the readers of input; the web module answers it as a 400 naming the field. */
    public static final class Refused extends IllegalArgumentException {

        private final Message words;

        public Refused(Message words) {
            super(words.vietnamese());
            this.words = words;
        }

        /** Why, to be worded in the reader's language. */
        public Message words() {
            return words;
        }
    }

    public static String checkText(String text) {
        if (text != null && !isAcceptableText(text)) {
            throw new Refused(Message.of("invalid.text.characters"));
        }
        return text;
    }

    public static boolean isAcceptableText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    public static LocalDate checkDate(LocalDate date) {
        if (date != null && (date.getYear() < EARLIEST_YEAR || date.getYear() > LATEST_YEAR)) {
            throw new Refused(Message.of("invalid.date.year", DisplayDates.date(date), EARLIEST_YEAR, LATEST_YEAR));
        }
        return date;
    }
}
