package vn.nhiemvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.support.WeekendCalendar;

/** Rules for leads and deadlines the corpus showed, each on a small text, without Spring. */
class LeadAndDeadlineRulesTests {

    private final DirectiveExtractor extractor = new DirectiveExtractor(new DeadlinePhraseParser());

    private List<TaskProposal> tasks(String text) {
        return extractor.extract(text, TestDirectory.demo(), new WeekendCalendar(), LocalDate.of(2024, 1, 10)).tasks();
    }

    private static List<String> names(List<Party> parties) {
        return parties.stream().map(Party::name).toList();
    }

    @Test
    void aPluralHeadWithAColonNamesEachBodyInFull() {
        List<TaskProposal> tasks = tasks("""
                VĂN PHÒNG CHÍNH PHỦ
                Số: 10/VPCP-CN
                Hà Nội, ngày 10 tháng 01 năm 2024
                Kính gửi: Các Bộ.
                Giao các Bộ: Công an, Tài chính, Nông nghiệp và Môi trường có ý kiến về đề xuất trước ngày 20 tháng 01 năm 2024.
                Nơi nhận:
                """);
        assertThat(tasks).hasSize(1);
        assertThat(names(tasks.get(0).lead())).containsExactly("Bộ Công an", "Bộ Tài chính", "Bộ Nông nghiệp và Môi trường");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2024, 1, 20));
    }

    @Test
    void aProgrammeIssuedWithTheResolutionIsReadAfterItsSignatureAndItsLeadInLeadsTheNestedBullets() {
        List<TaskProposal> tasks = tasks("""
                CHÍNH PHỦ
                Số: 5/NQ-CP
                Hà Nội, ngày 10 tháng 01 năm 2024
                NGHỊ QUYẾT
                Ban hành Chương trình hành động
                Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động.
                Điều 2. Nghị quyết này có hiệu lực từ ngày ký.
                TM. CHÍNH PHỦ
                THỦ TƯỚNG
                Nguyễn Văn A
                CHƯƠNG TRÌNH HÀNH ĐỘNG
                (Ban hành kèm theo Nghị quyết số 5/NQ-CP ngày 10 tháng 01 năm 2024 của Chính phủ)
                I. NHIỆM VỤ, GIẢI PHÁP
                Để thực hiện mục tiêu trên, các bộ, cơ quan ngang bộ cần triển khai các nhiệm vụ sau đây:
                1. Về thể chế
                a) Hoàn thiện pháp luật
                - Rà soát các văn bản quy phạm pháp luật về dữ liệu, hoàn thành trong quý II năm 2024.
                - Xây dựng cơ sở dữ liệu văn bản của ngành.
                """);
        assertThat(tasks).extracting(TaskProposal::text).containsExactly(
                "Rà soát các văn bản quy phạm pháp luật về dữ liệu, hoàn thành trong quý II năm 2024",
                "Xây dựng cơ sở dữ liệu văn bản của ngành");
        assertThat(names(tasks.get(0).lead())).containsExactly("các bộ, cơ quan ngang bộ");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aBareDateInAClauseGivesWayToTheDeadlinePhraseAfterIt() {
        List<TaskProposal> tasks = tasks("""
                Số: 7/CT-BTTTT
                Hà Nội, ngày 10 tháng 01 năm 2024
                CHỈ THỊ
                Về ngân sách
                1. Vụ Kế hoạch - Tài chính cân đối ngân sách năm 2023 để thực hiện xong trong hai năm 2024 - 2025.
                2. Thanh tra Bộ kiểm tra việc thực hiện; thời gian: Tháng 6/2024 và thường xuyên.
                BỘ TRƯỞNG
                """);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
    }
}
