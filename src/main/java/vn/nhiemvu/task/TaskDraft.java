package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;

/**
 * What a person submits to create or edit a task; references are still unresolved (a unit by id
 * or by code) and everything is checked by {@link TaskManagement}.
 */
public record TaskDraft(TaskKind kind, String title, String description, Ref leadUnit, List<Ref> coordinatingUnits,
        Long supervisingLeaderId, Long directiveId, Long parentTaskId, LocalDate deadline, String deadlineText,
        String product) {

    public TaskDraft {
        coordinatingUnits = coordinatingUnits == null ? List.of() : coordinatingUnits;
    }

    /** A reference by id or by code; one of them is enough. */
    public record Ref(Long id, String code) {

        public static Ref ofCode(String code) {
            return new Ref(null, code);
        }

        public boolean isEmpty() {
            return id == null && (code == null || code.isBlank());
        }

        @Override
        public String toString() {
            return id != null ? "số " + id : "\"" + code + "\"";
        }
    }
}
