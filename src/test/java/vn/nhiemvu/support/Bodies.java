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
}
