package vn.nhiemvu.measurement.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.TokenScopes;

/**
 * A token scoped to an indicator ({@code indicator:<id>}, ADR 0051) may read that indicator and record its values,
 * nothing else: not another indicator, not the list, not a task. The id (not the code, which the Office may change)
 * names it; the path's code must be that indicator's.
 */
@Component
class IndicatorTokenScopes implements TokenScopes {

    private static final Pattern ONE = Pattern.compile("/api/v1/indicators/([^/]+)");
    private static final Pattern VALUES = Pattern.compile("/api/v1/indicators/([^/]+)/values");

    private final JdbcIndicators store;

    IndicatorTokenScopes(JdbcIndicators store) {
        this.store = store;
    }

    static String scope(long indicatorId) {
        return "indicator:" + indicatorId;
    }

    @Override
    public String kind() {
        return "indicator";
    }

    @Override
    public boolean permits(String subject, String method, String path) {
        Matcher m = "GET".equals(method) ? ONE.matcher(path) : "POST".equals(method) ? VALUES.matcher(path) : null;
        if (m == null || !m.matches() || !subject.matches("\\d{1,18}")) {
            return false;
        }
        String code = m.group(1).strip().toUpperCase();
        return store.byId(Long.parseLong(subject)).map(i -> i.code().equals(code)).orElse(false);
    }
}
