package vn.nhiemvu.round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An agency's answer as typed or as kept: for each table of the template its rows, each row the cells by column key;
 * or "no proposal" with the reason. A draft keeps what was typed; a submission keeps what {@link AnswerCheck} read.
 */
public record AnswerContent(boolean noProposal, String reason, List<List<Map<String, String>>> tables) {

    public AnswerContent {
        reason = reason == null ? "" : reason.strip();
        tables = tables == null ? List.of()
                : tables.stream().map(rows -> rows == null ? List.<Map<String, String>>of()
                        : rows.stream().map(r -> r == null ? Map.<String, String>of()
                                : (Map<String, String>) java.util.Collections.unmodifiableMap(new LinkedHashMap<>(r)))
                                .toList())
                        .toList();
    }

    public static AnswerContent empty() {
        return new AnswerContent(false, "", List.of());
    }

    /** The rows of the table at the index, none when the answer has fewer tables. */
    public List<Map<String, String>> rows(int table) {
        return table < tables.size() ? tables.get(table) : List.of();
    }

    public int rowCount() {
        return tables.stream().mapToInt(List::size).sum();
    }
}
