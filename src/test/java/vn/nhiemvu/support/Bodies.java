package vn.nhiemvu.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies the integration tests send. */
public final class Bodies {

    private Bodies() {
    }

    /** A task led by the unit, coordinated by Văn phòng Bộ, due on the date. */
    public static Map<String, Object> task(String title, String leadUnit, String deadline) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("leadUnit", Map.of("code", leadUnit));
        body.put("coordinatingUnits", List.of(Map.of("code", "VP")));
        body.put("deadline", deadline);
        return body;
    }

    /** An indicator of the year measured by the unit: a percentage, higher is better, 90 by the year's end, quarterly. */
    public static Map<String, Object> indicator(String code, String name, int year, String ownerUnit) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("name", name);
        body.put("unitOfMeasure", "%");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("target", 90);
        body.put("frequency", "QUARTERLY");
        body.put("year", year);
        body.put("ownerUnit", ownerUnit);
        return body;
    }

    /**
     * The Office's completion of a task on the date, with the reason it states for going beyond the path (no result
     * on file, a date before a unit's reach: ADR 0025); the body of POST /api/v1/tasks/{id}/completion.
     */
    public static Map<String, Object> officeCompletion(String date) {
        return Map.of("completedAt", date, "reason", "Văn phòng Bộ ghi nhận theo báo cáo kết quả của đơn vị.");
    }

    /** A result file (dossier role RESULT), the step a report or an ordinary task completes with. */
    public static String resultFile(Api who, long task) {
        var answer = who.upload("/api/v1/tasks/" + task + "/dossier/files", "bao-cao-ket-qua.txt",
                "Báo cáo kết quả thực hiện nhiệm vụ.".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of("role", "RESULT"));
        if (answer.status() != 201) {
            throw new AssertionError("result file not stored: " + answer);
        }
        return answer.json().get("name").asString();
    }
}
