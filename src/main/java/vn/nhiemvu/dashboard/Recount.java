package vn.nhiemvu.dashboard;

import java.util.List;

/**
 * The result of a full recount: how many tasks were counted, how many aggregate rows differed from the
 * recount (the first ones listed), and whether the aggregates were rebuilt from it.
 */
public record Recount(long tasks, long differences, List<Difference> firstDifferences, boolean repaired) {

    /** One aggregate row: which table, which key, the counts the recount gives and those that were stored. */
    public record Difference(String table, String key, String expected, String stored) {
    }
}
