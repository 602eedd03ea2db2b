package vn.nhiemvu.shared;

import java.util.Collection;

/**
 * Ids written into SQL as literals ({@code 12,15,40}): numbers only, nothing to inject. H2 parses a list of a thousand
 * parameters and compares it value by value for every row, where a list of literals is one sorted set it looks rows
 * up in; callers ask a thousand ids at a time at most.
 */
public final class SqlIds {

    private SqlIds() {
    }

    /** The ids separated by commas; {@code -1} (never an id) for none, since "in ()" is not SQL. */
    public static String literals(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return "-1";
        }
        var list = new StringBuilder(ids.size() * 8);
        for (long id : ids) {
            list.append(list.isEmpty() ? "" : ",").append(id);
        }
        return list.toString();
    }
}
