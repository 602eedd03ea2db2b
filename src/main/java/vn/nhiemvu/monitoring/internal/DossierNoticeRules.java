package vn.nhiemvu.monitoring.internal;

import static vn.nhiemvu.monitoring.internal.WorkNoticeRules.involved;
import static vn.nhiemvu.monitoring.internal.WorkNoticeRules.lead;
import static vn.nhiemvu.monitoring.internal.WorkNoticeRules.leadName;
import static vn.nhiemvu.monitoring.internal.WorkNoticeRules.page;
import static vn.nhiemvu.monitoring.internal.WorkNoticeRules.quoted;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.Happening;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.Open;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.Planned;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.TaskInfo;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.To;
import vn.nhiemvu.shared.DisplayDates;

/**
 * Notices of a task's dossier (plain Java, as {@link WorkNoticeRules}, whose words they share): sent to Vụ Pháp chế
 * for review, passed or returned, submitted. Each settles the notice of the step before it.
 */
final class DossierNoticeRules {

    private DossierNoticeRules() {
    }

    /** @param dossierVersion the dossier's lock counter after the change */
    record DossierSent(TaskInfo task, String actor, LocalDate on, long dossierVersion) implements Happening {

        @Override
        public List<Planned> notices() {
            return List.of(new Planned(NoticeRule.DOSSIER_FOR_REVIEW, "DOSSIER", task.id(), "d" + dossierVersion,
                    "Hồ sơ chờ thẩm định: " + task.title(),
                    leadName(task) + " gửi hồ sơ để Vụ Pháp chế thẩm định ngày " + DisplayDates.date(on)
                            + (actor == null ? "" : " (" + actor + ")") + ".",
                    // Vụ Pháp chế's inbox already lists the dossier to review under this link.
                    page(task) + "/dossier", new To(Set.of(), false, true)));
        }

        @Override
        public boolean settles(Open notice) {
            return notice.rule() == NoticeRule.DOSSIER_RETURNED;
        }
    }

    record DossierReviewed(TaskInfo task, String actor, LocalDate on, long dossierVersion, boolean passed,
            String comments) implements Happening {

        @Override
        public List<Planned> notices() {
            String reviewer = "Vụ Pháp chế" + (actor == null ? "" : " (" + actor + ")");
            return List.of(passed
                    ? new Planned(NoticeRule.DOSSIER_PASSED, "DOSSIER", task.id(), "d" + dossierVersion,
                            "Hồ sơ đã thông qua thẩm định: " + task.title(),
                            reviewer + " thông qua hồ sơ ngày " + DisplayDates.date(on) + quoted(" với ý kiến: ", comments)
                                    + " Bước tiếp theo: trình và ghi nhận văn bản trình.",
                            // The leader's inbox already lists the dossier to submit under this link.
                            page(task) + "/dossier", new To(lead(task), true, false))
                    : new Planned(NoticeRule.DOSSIER_RETURNED, "DOSSIER", task.id(), "d" + dossierVersion,
                            "Hồ sơ bị trả lại: " + task.title(),
                            reviewer + " trả lại hồ sơ ngày " + DisplayDates.date(on) + quoted(" với ý kiến: ", comments)
                                    + " Đơn vị hoàn thiện hồ sơ rồi gửi thẩm định lại.",
                            page(task) + "/dossier#review-history", To.units(lead(task))));
        }

        @Override
        public boolean settles(Open notice) {
            return notice.rule() == NoticeRule.DOSSIER_FOR_REVIEW;
        }
    }

    record SubmissionRecorded(TaskInfo task, String actor, LocalDate on, long dossierVersion, String documentNumber,
            LocalDate documentDate) implements Happening {

        @Override
        public List<Planned> notices() {
            return List.of(new Planned(NoticeRule.SUBMISSION_RECORDED, "DOSSIER", task.id(), "d" + dossierVersion,
                    "Đã trình: " + task.title(),
                    (actor == null ? "Văn phòng Bộ" : actor) + " ghi nhận việc trình ngày " + DisplayDates.date(on)
                            + ": văn bản số " + documentNumber + " ngày " + DisplayDates.date(documentDate)
                            + "; nhiệm vụ hoàn thành theo ngày văn bản trình.",
                    page(task) + "/dossier#submission", To.units(involved(task))));
        }

        @Override
        public boolean settles(Open notice) {
            return notice.rule() == NoticeRule.DOSSIER_PASSED;
        }
    }
}
