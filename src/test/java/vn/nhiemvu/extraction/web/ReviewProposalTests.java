package vn.nhiemvu.extraction.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.extraction.DirectiveExtractor;
import vn.nhiemvu.extraction.Extraction;
import vn.nhiemvu.extraction.PartyDirectory;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.support.WeekendCalendar;

/** The review's proposals of issue 19 item 4: signer apart from capacity, the supervising leader. Plain Java. */
class ReviewProposalTests {

    private static final Leader MINISTER = new Leader(1, 1, "hung", "Nguyễn Mạnh Hùng", Leader.Position.MINISTER,
            "Bộ trưởng", Set.of());
    private static final Leader DEPUTY = new Leader(2, 1, "dung", "Nguyễn Huy Dũng", Leader.Position.DEPUTY_MINISTER,
            "Thứ trưởng", Set.of());

    private static Extraction read(String body) {
        String text = """
                BỘ THÔNG TIN VÀ TRUYỀN THÔNG
                Số: 50/BTTTT-CĐSQG
                Hà Nội, ngày 10 tháng 01 năm 2026
                Kính gửi: Vụ Pháp chế.
                """ + body + """
                Nơi nhận:
                - Như trên;
                KT. BỘ TRƯỞNG
                THỨ TRƯỞNG
                Nguyễn Huy Dũng
                """;
        return new DirectiveExtractor(new DeadlinePhraseParser()).extract(text, PartyDirectory.empty(), new WeekendCalendar(),
                LocalDate.of(2026, 1, 10));
    }

    @Test
    void theSignerIsTheNameAndTheCapacityStandsApart() {
        ReviewForm form = ReviewForm.of(read("Đề nghị Vụ Pháp chế rà soát dự thảo trước ngày 20/01/2026.\n"), List.of());
        assertThat(form.getSigner()).isEqualTo("Nguyễn Huy Dũng");
        assertThat(form.getSigningCapacity()).isEqualTo("KT. BỘ TRƯỞNG / THỨ TRƯỞNG");
    }

    @Test
    void theLeaderTheTextNamesIsProposedBeforeTheSigner() {
        ReviewForm form = ReviewForm.of(read("""
                Bộ trưởng Nguyễn Mạnh Hùng có ý kiến như sau: Giao Vụ Pháp chế rà soát dự thảo trước ngày 20/01/2026.
                """), List.of(MINISTER, DEPUTY));
        assertThat(form.getSupervisingLeaderId()).isEqualTo(1L);
        assertThat(form.drafts()).allSatisfy(d -> assertThat(d.supervisingLeaderId()).isEqualTo(1L));
    }

    @Test
    void withoutALeaderInTheTextTheSignerIsProposed() {
        ReviewForm form = ReviewForm.of(read("Đề nghị Vụ Pháp chế rà soát dự thảo trước ngày 20/01/2026.\n"),
                List.of(MINISTER, DEPUTY));
        assertThat(form.getSupervisingLeaderId()).isEqualTo(2L);
    }

    @Test
    void noLeaderOfTheAgencyNoProposal() {
        ReviewForm form = ReviewForm.of(read("Đề nghị Vụ Pháp chế rà soát dự thảo trước ngày 20/01/2026.\n"), List.of(MINISTER));
        assertThat(form.getSupervisingLeaderId()).isNull();
    }
}
