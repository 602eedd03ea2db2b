package vn.nhiemvu.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import vn.nhiemvu.dossier.DossierView;
import vn.nhiemvu.dossier.Dossiers;
import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.task.TaskPrintSection;
import vn.nhiemvu.task.TaskPrintSource;

/** The dossier's part of a task's printed record: its state, files, legal reviews and submission. */
@Component
class DossierPrintSection implements TaskPrintSource {


    private final Dossiers dossiers;
    private final Accounts accounts;

    DossierPrintSection(Dossiers dossiers, Accounts accounts) {
        this.dossiers = dossiers;
        this.accounts = accounts;
    }

    @Override
    public List<TaskPrintSection> sections(CurrentUser user, long taskId) {
        DossierView dossier = dossiers.view(user, taskId);
        if (dossier.files().isEmpty() && dossier.reviews().isEmpty() && dossier.submission() == null) {
            return List.of(new TaskPrintSection(60, "Hồ sơ, thẩm định, trình", List.of("Chưa có hồ sơ."), List.of()));
        }
        UnaryOperator<String> names = accounts::nameOf;
        var paragraphs = new ArrayList<String>();
        paragraphs.add("Tình trạng hồ sơ: " + dossier.stateLabel() + ".");
        if (!dossier.missing().isEmpty()) {
            paragraphs.add("Còn thiếu: " + String.join(", ", dossier.missing().stream().map(FileRole::label).toList()) + ".");
        }
        if (dossier.submission() != null) {
            DossierView.SubmissionView s = dossier.submission();
            paragraphs.add("Đã trình theo văn bản số " + s.documentNumber() + " ngày " + DisplayDates.date(s.documentDate())
                    + " (ghi nhận bởi " + names.apply(s.recordedBy()) + ").");
        }
        var files = new ArrayList<List<String>>();
        for (DossierView.FileView f : dossier.files()) {
            files.add(List.of(f.name() + (f.current() ? "" : " (đã thay)"), f.roleLabel(), String.valueOf(f.version()),
                    names.apply(f.uploadedBy()) + ", " + day(f.uploadedAt())));
        }
        var reviews = new ArrayList<List<String>>();
        for (DossierView.ReviewView r : dossier.reviews()) {
            reviews.add(List.of(String.valueOf(r.round()), r.decisionLabel(), r.comments() == null ? "" : r.comments(),
                    names.apply(r.reviewer()) + ", " + day(r.reviewedAt())));
        }
        var tables = new ArrayList<TaskPrintSection.Table>();
        if (!files.isEmpty()) {
            tables.add(new TaskPrintSection.Table("Tệp trong hồ sơ", List.of("Tệp", "Loại", "Phiên bản", "Tải lên"), files));
        }
        if (!reviews.isEmpty()) {
            tables.add(new TaskPrintSection.Table("Thẩm định của Vụ Pháp chế", List.of("Lần", "Kết quả", "Ý kiến", "Người thẩm định"),
                    reviews));
        }
        return List.of(new TaskPrintSection(60, "Hồ sơ, thẩm định, trình", paragraphs, tables));
    }


    private static String day(Instant at) {
        return DisplayDates.of(at, false);
    }
}
