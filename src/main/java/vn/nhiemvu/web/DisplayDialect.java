package vn.nhiemvu.web;

import java.time.temporal.TemporalAccessor;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import vn.nhiemvu.shared.DisplayDates;

/**
 * {@code #display} in every template: {@code ${#display.date(task.deadline())}} → "01/10/2020",
 * {@code ${#display.dateTime(entry.at())}} → "01/10/2020 14:05", by {@link DisplayDates}, so no template spells a
 * date pattern of its own.
 */
@Component
class DisplayDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final Display DISPLAY = new Display();

    DisplayDialect() {
        super("display");
    }

    /** What {@code #display} offers. */
    public static final class Display {

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
                return DISPLAY;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
