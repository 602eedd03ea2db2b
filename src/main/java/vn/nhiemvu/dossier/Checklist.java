package vn.nhiemvu.dossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskKind;

/**
 * The items a dossier must hold before it goes to legal review, by what the task produces. Ours,
 * stated on the dossier page (the law lists more for each procedure; these are the ones Vụ Pháp
 * chế checks first): a legal normative document needs its draft, the explanatory report (tờ
 * trình), the summary of opinions collected and the impact assessment; a scheme (Đề án) its draft,
 * tờ trình and opinions; a report its draft; any other task a draft and a tờ trình. {@code name} in Vietnamese for
 * the API, {@code code} its key for pages (ADR 0033).
 */
public record Checklist(String name, Set<FileRole> required, @JsonIgnore String code) {

    public static final Checklist DEFAULT = new Checklist(Message.of("dossier.checklist.default").vietnamese(),
            EnumSet.of(FileRole.DRAFT_DOCUMENT, FileRole.EXPLANATORY_REPORT), "dossier.checklist.default");

    /** The checklist for a task of the kind. */
    public static Checklist forKind(TaskKind kind) {
        return switch (kind == null ? TaskKind.OTHER : kind) {
            case LEGAL_DOCUMENT -> new Checklist(kind.label(), EnumSet.of(FileRole.DRAFT_DOCUMENT,
                    FileRole.EXPLANATORY_REPORT, FileRole.OPINIONS, FileRole.IMPACT_ASSESSMENT), kind.code());
            case SCHEME -> new Checklist(kind.label(), EnumSet.of(FileRole.DRAFT_DOCUMENT,
                    FileRole.EXPLANATORY_REPORT, FileRole.OPINIONS), kind.code());
            case REPORT -> new Checklist(kind.label(), EnumSet.of(FileRole.DRAFT_DOCUMENT), kind.code());
            case OTHER -> DEFAULT;
        };
    }

    /** The required roles that none of the present files has, in the enum's order. */
    public List<FileRole> missing(Set<FileRole> present) {
        return required.stream().filter(r -> !present.contains(r)).sorted().toList();
    }
}
