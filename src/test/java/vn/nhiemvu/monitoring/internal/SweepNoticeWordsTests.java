package vn.nhiemvu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.Message;

/**
 * The sweep's notices ({@link MonitoringService}) read, in Vietnamese, word for word as they did when the service
 * wrote them in Java (what mail and the API carry), and have an English wording.
 */
class SweepNoticeWordsTests {

    private static final Message UNIT = Message.of("monitoring-notice.task.unit", "Cục Chuyển đổi số");

    @Test
    void taskNoticesReadAsBefore() {
        assertThat(Message.of("monitoring-notice.task.due-soon.title", "Số hoá hồ sơ").vietnamese())
                .isEqualTo("Nhiệm vụ sắp đến hạn: Số hoá hồ sơ");
        assertThat(Message.of("monitoring-notice.task.due-soon.body", 3, "05/10/2026", UNIT).vietnamese())
                .isEqualTo("Còn 3 ngày làm việc đến thời hạn 05/10/2026. Đơn vị chủ trì: Cục Chuyển đổi số.");
        assertThat(Message.of("monitoring-notice.task.due-soon.body", 1200, "05/10/2026", "").vietnamese())
                .isEqualTo("Còn 1200 ngày làm việc đến thời hạn 05/10/2026.");
        assertThat(Message.of("monitoring-notice.task.overdue.body", "Quá hạn 2 ngày.", UNIT).vietnamese())
                .isEqualTo("Quá hạn 2 ngày. Đơn vị chủ trì: Cục Chuyển đổi số.");
        assertThat(Message.of("monitoring-notice.task.escalation.title", 4, "Số hoá hồ sơ").vietnamese())
                .isEqualTo("Nhiệm vụ quá hạn 4 ngày làm việc: Số hoá hồ sơ");
        assertThat(Message.of("monitoring-notice.task.escalation.body", "Quá hạn 4 ngày.", "").vietnamese())
                .isEqualTo("Quá hạn 4 ngày. Kính báo cáo Lãnh đạo Bộ phụ trách để chỉ đạo.");
    }

    @Test
    void otherSweepNoticesReadAsBefore() {
        assertThat(Message.of("monitoring-notice.milestone.title", Message.of("notice-rule.MILESTONE_OVERDUE"), "Khảo sát")
                .vietnamese()).isEqualTo("Mốc kế hoạch quá hạn: Khảo sát");
        assertThat(Message.of("monitoring-notice.milestone.overdue.body", "Khảo sát", "01/10/2026", "Số hoá", 2)
                .vietnamese()).isEqualTo("Mốc \"Khảo sát\" (hạn 01/10/2026) của nhiệm vụ \"Số hoá\" đã quá 2 ngày làm việc.");
        assertThat(Message.of("monitoring-notice.milestone.due-soon.body", "Khảo sát", "01/10/2026", "Số hoá", 1)
                .vietnamese()).isEqualTo("Mốc \"Khảo sát\" (hạn 01/10/2026) của nhiệm vụ \"Số hoá\" còn 1 ngày làm việc.");
        Message weekly = Message.of("recurrence.WEEKLY");
        assertThat(Message.of("monitoring-notice.missing-report.body.never", weekly, "28/09/2026").vietnamese())
                .isEqualTo("Đơn vị chủ trì chưa gửi báo cáo tiến độ hằng tuần của kỳ bắt đầu ngày 28/09/2026"
                        + " (chưa báo cáo lần nào).");
        assertThat(Message.of("monitoring-notice.missing-report.body", weekly, "28/09/2026", "21/09/2026").vietnamese())
                .isEqualTo("Đơn vị chủ trì chưa gửi báo cáo tiến độ hằng tuần của kỳ bắt đầu ngày 28/09/2026"
                        + " (lần gần nhất ngày 21/09/2026).");
        assertThat(Message.of("monitoring-notice.request.body", Message.of("guidance.kind.EXTENSION"), "01/10/2026", 6, 5)
                .vietnamese()).isEqualTo(Message.of("guidance.kind.EXTENSION").vietnamese()
                        + " gửi ngày 01/10/2026 đã chờ 6 ngày làm việc, quá thời hạn 5 ngày làm việc để cho ý kiến.");
        assertThat(Message.of("monitoring-notice.digest.title", "2026-W40").vietnamese())
                .isEqualTo("Tổng hợp tình hình thực hiện nhiệm vụ tuần 2026-W40");
        assertThat(Message.of("monitoring-notice.digest.body", "05/10/2026", 3L, 2L, 1, 0L).vietnamese())
                .isEqualTo("Đến ngày 05/10/2026: 3 nhiệm vụ quá hạn, 2 nhiệm vụ sắp đến hạn, 1 nhiệm vụ chưa báo cáo"
                        + " tiến độ, 0 đề nghị chờ cho ý kiến quá hạn.");
    }

    @Test
    void readInEnglishTooWithSingularAndPlural() {
        assertThat(Message.of("monitoring-notice.task.due-soon.body", 1, "05/10/2026", UNIT).in(Locale.ENGLISH))
                .isEqualTo("1 working day left until the deadline 05/10/2026. Lead unit: Cục Chuyển đổi số.");
        assertThat(Message.of("monitoring-notice.task.escalation.title", 4, "Số hoá").in(Locale.ENGLISH))
                .isEqualTo("Task overdue by 4 working days: Số hoá");
    }
}
