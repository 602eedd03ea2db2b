package vn.nhiemvu.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.InvalidInputException;

/** The PAR index's rules in plain Java: the structure's codes, what a score needs, the total. */
class ParSheetTests {

    private static final BigDecimal TOTAL = new BigDecimal("100");
    private static final BigDecimal SURVEY = new BigDecimal("31.5");

    private static ParCriterion c(long id, String code, String max, boolean survey, Long owner) {
        return new ParCriterion(id, 1, 2026, code, "Tiêu chí " + code, max == null ? null : new BigDecimal(max), survey,
                owner, (int) id);
    }

    private static ParScore score(long criterion, String points) {
        return new ParScore(criterion, criterion, new BigDecimal(points), "Báo cáo", null, "x", Instant.EPOCH);
    }

    @Test
    void theTotalAddsTheLeavesLatestScoresAndCountsMaximaNotEntered() {
        var criteria = List.of(c(1, "1", "10", false, null), c(2, "1.1", "4", false, 7L), c(3, "1.2", "6", false, 8L),
                c(4, "2", null, false, null), c(5, "2.1", null, false, 7L), c(6, "10", "31.5", true, null),
                c(7, "1.10", "0", false, 8L));
        ParSheet sheet = ParSheet.of(2026, criteria, Map.of(2L, score(2, "3.5"), 3L, score(3, "6"), 1L, score(1, "9")),
                TOTAL, SURVEY);
        // 1 is not a leaf: its 9 (a score entered before its sub-criteria) does not count; 10 is the survey's.
        assertThat(sheet.selfAssessed()).isEqualByComparingTo("9.5");
        assertThat(sheet.assessable()).isEqualByComparingTo("68.5");
        assertThat(sheet.unconfirmed()).isEqualTo(1);
        assertThat(sheet.byOwner()).containsEntry(7L, new BigDecimal("3.5")).containsEntry(8L, new BigDecimal("6"));
        // Codes in numeric order: 1.10 after 1.2, 10 after 2.
        assertThat(sheet.rows().stream().map(r -> r.criterion().code()))
                .containsExactly("1", "1.1", "1.2", "1.10", "2", "2.1", "10");
    }

    @Test
    void aScoreIsForALeafWithAMaximumNotTheSurveysWithinItAndWithEvidence() {
        ParSheet.checkScore(c(2, "1.1", "4", false, 7L), true, new BigDecimal("4"), "Báo cáo 12/BC-VP");
        assertThat(fields(() -> ParSheet.checkScore(c(1, "1", "10", false, null), false, BigDecimal.ONE, "x")))
                .containsExactly("code");
        assertThat(fields(() -> ParSheet.checkScore(c(6, "10", "31.5", true, null), true, BigDecimal.ONE, "x")))
                .containsExactly("code");
        assertThat(fields(() -> ParSheet.checkScore(c(5, "2.1", null, false, 7L), true, BigDecimal.ONE, "x")))
                .containsExactly("code");
        assertThat(fields(() -> ParSheet.checkScore(c(2, "1.1", "4", false, 7L), true, new BigDecimal("4.5"), " ")))
                .containsExactly("points", "evidence");
        assertThat(fields(() -> ParSheet.checkScore(c(2, "1.1", "4", false, 7L), true, new BigDecimal("-1"), "x")))
                .containsExactly("points");
    }

    @Test
    void aCriterionNeedsAWellFormedCodeItsParentANameAndAMaximumWithinTheIndex() {
        var existing = List.of(c(1, "1", null, false, null));
        var draft = new ParCriterionDraft("Tiêu chí", new BigDecimal("2.5"), null, "KHTC", null);
        ParCriterion made = draft.check(0, 1, 2026, "1.3", existing, TOTAL, u -> Optional.of(9L));
        assertThat(made.level()).isEqualTo(2);
        assertThat(made.ownerUnitId()).isEqualTo(9L);
        assertThat(made.sortOrder()).isEqualTo(2);
        assertThat(fields(() -> draft.check(0, 1, 2026, "2.1", existing, TOTAL, u -> Optional.of(9L))))
                .containsExactly("code");
        assertThat(fields(() -> new ParCriterionDraft(" ", new BigDecimal("101"), null, "KHONGCO", null)
                .check(0, 1, 2026, "1.2.3.4", existing, TOTAL, u -> Optional.empty())))
                .containsExactly("code", "name", "maxPoints", "ownerUnit");
    }

    private static List<String> fields(Runnable check) {
        var thrown = new InvalidInputException[1];
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
        return thrown[0].errors().stream().map(InvalidInputException.FieldError::field).toList();
    }
}
