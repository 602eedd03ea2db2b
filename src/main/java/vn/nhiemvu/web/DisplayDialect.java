package vn.nhiemvu.web;

import java.time.temporal.TemporalAccessor;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

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
 * date pattern of its own; {@code ${#display.person(v.createdBy())}} → the person's name rather than their username.
 */
@Component
class DisplayDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final Accounts accounts;

    DisplayDialect(Accounts accounts) {
        super("display");
        this.accounts = accounts;
    }

    /** What {@code #display} offers; one per template rendered, so a name is looked up once per page. */
    public static final class Display {

        private final Accounts accounts;
        private final Map<String, String> names = new HashMap<>();

        Display(Accounts accounts) {
            this.accounts = accounts;
        }

        public String person(String username) {
            return username == null ? "" : names.computeIfAbsent(username, accounts::nameOf);
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
                return new Display(accounts);
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
