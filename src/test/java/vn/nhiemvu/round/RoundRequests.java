package vn.nhiemvu.round;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the round tests send to open a round, as the organiser fills the form: its columns and the whole request. */
final class RoundRequests {

    private RoundRequests() {
    }

    static Map<String, Object> column(String key, String label, String type, boolean required, String... choices) {
        var c = new LinkedHashMap<String, Object>();
        c.put("key", key);
        c.put("label", label);
        c.put("type", type);
        c.put("required", required);
        c.put("choices", List.of(choices));
        return c;
    }

    /** A round of one table under Quyết định 1690/QĐ-TTg, sent on the letter's day to the given agencies. */
    static Map<String, Object> round(String title, LocalDate letter, String deadline, boolean acceptLate,
            List<?> columns, String... addressees) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("legalBasis", "Quyết định số 1690/QĐ-TTg");
        body.put("instructions", "Mỗi nhiệm vụ một dòng.");
        body.put("letterDate", letter.toString());
        body.put("deadlineText", deadline);
        body.put("acceptLate", acceptLate);
        body.put("addressees", List.of(addressees));
        body.put("tables", List.of(Map.of("title", "Nhiệm vụ trọng tâm", "columns", columns)));
        return body;
    }
}
