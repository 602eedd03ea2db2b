package vn.nhiemvu.dossier;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The items a dossier must hold before it goes to legal review. Our default for every kind of task
 * (Đề án, văn bản quy phạm pháp luật…): at least one draft document and one explanatory report.
 * A per-kind list would be another constant here, chosen from the task's kind.
 */
public record Checklist(String name, Set<FileRole> required) {

    public static final Checklist DEFAULT = new Checklist("Mặc định",
            EnumSet.of(FileRole.DRAFT_DOCUMENT, FileRole.EXPLANATORY_REPORT));

    /** The required roles that none of the present files has, in the enum's order. */
    public List<FileRole> missing(Set<FileRole> present) {
        return required.stream().filter(r -> !present.contains(r)).sorted().toList();
    }
}
