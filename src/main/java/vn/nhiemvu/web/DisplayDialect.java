package vn.nhiemvu.web;

import java.text.NumberFormat;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.shared.DisplayDates;

/**
 * {@code #display} in every template: {@code ${#display.date(task.deadline())}} → "01/10/2020",
 * {@code ${#display.dateTime(entry.at())}} → "01/10/2020 14:05", by {@link DisplayDates}, so no template spells a
 * date pattern of its own; {@code ${#display.person(v.createdBy())}} → the person's name rather than their username;
 * {@code ${#display.text(task.statusExplanation())}} → a message (code and arguments) or several, in the page's
 * language (ADR 0033).
 */
@Component
class DisplayDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Accounts accounts;
    private final MessageSource messages;

    DisplayDialect(Accounts accounts, MessageSource messages) {
        super("display");
        this.accounts = accounts;
        this.messages = messages;
    }

    /** What {@code #display} offers; one per template rendered, so a name is looked up once per page. */
    public static final class Display {

        private final Accounts accounts;
        private final MessageSource messages;
        private final Locale locale;
        private final Map<String, String> names = new HashMap<>();

        Display(Accounts accounts, MessageSource messages, Locale locale) {
            this.accounts = accounts;
            this.messages = messages;
            this.locale = locale;
        }

        /**
         * One message in the page's language; several as one text, a space between; a plain string is data (a name,
         * a number, a title) and stays as it is.
         */
        public String text(Object message) {
            if (message == null) {
                return "";
            }
            if (message instanceof CharSequence data) {
                return data.toString();
            }
            if (message instanceof Collection<?> several) {
                return several.stream().map(this::text).collect(Collectors.joining(" "));
            }
            return messages.getMessage((MessageSourceResolvable) message, locale);
        }

        public String person(String username) {
            return username == null ? "" : names.computeIfAbsent(username, accounts::nameOf);
        }

        /** A measured number in the page's language ("1.234,5" in Vietnamese), at most four decimals, none trailing. */
        public String number(Number value) {
            if (value == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(4);
            return format.format(value);
        }

        /** An estimate (a forecast) in the page's language with one decimal: its last digits would claim a precision it has not. */
        public String estimate(Number value) {
            if (value == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMaximumFractionDigits(1);
            return format.format(value);
        }

        /** A ratio as a percentage with one decimal: 0.9234 → "92,3 %". */
        public String percent(Number ratio) {
            if (ratio == null) {
                return "";
            }
            NumberFormat format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(1);
            format.setMaximumFractionDigits(1);
            return format.format(ratio.doubleValue() * 100) + " %";
        }

        public String date(TemporalAccessor value) {
            return DisplayDates.of(value, false);
        }

        public String dateTime(TemporalAccessor value) {
            return DisplayDates.of(value, true);
        }
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {

            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("display");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Display(accounts, messages, context.getLocale());
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
