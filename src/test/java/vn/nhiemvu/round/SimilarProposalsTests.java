package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The similar pairs the aggregation suggests merging: Jaccard over folded word bigrams, found by a prefix filter. */
class SimilarProposalsTests {

    private static final ProposalRound ROUND = new ProposalRound(1, 1, 1, "Đợt", "", "", LocalDate.of(2026, 1, 5),
            "", LocalDate.of(2026, 1, 20), false, RoundStatus.OPEN, List.of(2L, 3L, 4L),
            new RoundTemplate(List.of(new TemplateTable("Nhiệm vụ", List.of(
                    new TemplateColumn("task", "Nhiệm vụ", ColumnType.LONG_TEXT, true, "", List.of()),
                    new TemplateColumn("group", "Nhóm", ColumnType.CHOICE, false, "", List.of("A", "B")))))),
            "cdsqg", null, null, null, 0);

    private static Aggregation.Proposal proposal(String agency, int row, String task, String group) {
        return new Aggregation.Proposal(agency.hashCode(), agency, agency, "1-" + agency + "-1", false, 0, row,
                Map.of("task", task, "group", group));
    }

    @Test
    void theSameTaskWrittenWithOrWithoutDiacriticsAndAFewMoreWordsIsSuggestedOnce() {
        var a = proposal("BYT", 0, "Đào tạo cán bộ chuyên trách về chuyển đổi số", "A");
        var b = proposal("HN", 0, "dao tao can bo chuyen trach ve chuyen doi so cho cap xa", "A");
        var c = proposal("BTC", 0, "Xây dựng kho dữ liệu tài chính dùng chung", "A");
        // Same group, one word shared by chance: not similar; the choice column is not compared.
        var d = proposal("BTC", 1, "Chuyển đổi số ngành tài chính", "A");
        var pairs = SimilarProposals.find(ROUND, List.of(a, b, c, d), Map.of(), Map.of(), 0.5).pairs();
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.kept()).isEqualTo(a);
            assertThat(p.duplicate()).isEqualTo(b);
            // 9 bigrams against 12, all 9 shared: 9 / 12.
            assertThat(p.similarity()).isEqualTo(0.75);
            assertThat(p.percent()).isEqualTo(75);
            assertThat(p.keptText()).isEqualTo("Đào tạo cán bộ chuyên trách về chuyển đổi số");
        });
        assertThat(SimilarProposals.find(ROUND, List.of(a, b), Map.of(), Map.of(), 0.8).pairs()).isEmpty();
    }

    @Test
    void aMergedDuplicateIsNotSuggestedAgainAndATaskIsTheOneKept() {
        var a = proposal("BYT", 0, "Đào tạo cán bộ chuyên trách về chuyển đổi số", "A");
        var b = proposal("HN", 0, "Đào tạo cán bộ chuyên trách về chuyển đổi số", "B");
        assertThat(SimilarProposals.find(ROUND, List.of(a, b), Map.of("1-HN-1/1/1", "1-BYT-1/1/1"), Map.of(), 0.5)
                .pairs()).isEmpty();
        var pair = SimilarProposals.find(ROUND, List.of(a, b), Map.of(), Map.of("1-HN-1/1/1", 7L), 0.5).pairs().get(0);
        assertThat(pair.kept()).isEqualTo(b);
        assertThat(pair.similarity()).isEqualTo(1.0);
        assertThat(SimilarProposals.find(ROUND, List.of(a, b), Map.of(),
                Map.of("1-HN-1/1/1", 7L, "1-BYT-1/1/1", 8L), 0.5).pairs()).isEmpty();
    }

    @Test
    void thePrefixFilterFindsExactlyThePairsEveryComparisonFinds() {
        var random = new java.util.Random(16);
        String[] words = "đào tạo cán bộ chuyên trách chuyển đổi số dữ liệu y tế tài chính kho xây dựng nền tảng số hóa"
                .split(" ");
        var all = new ArrayList<Aggregation.Proposal>();
        for (int i = 0; i < 300; i++) {
            var text = new StringBuilder();
            for (int w = 0, n = 3 + random.nextInt(5); w < n; w++) {
                text.append(words[random.nextInt(6) + (i % 3) * 4]).append(' ');
            }
            all.add(proposal("A" + i, 0, text.toString(), "A"));
        }
        int expected = 0;
        for (int i = 0; i < all.size(); i++) {
            for (int j = i + 1; j < all.size(); j++) {
                var x = SimilarProposals.shingles(ROUND.template().tables().get(0), all.get(i).cells());
                var y = SimilarProposals.shingles(ROUND.template().tables().get(0), all.get(j).cells())
                        .toArray(String[]::new);
                if (!x.isEmpty() && y.length > 0 && SimilarProposals.jaccard(x, y) >= 0.6) {
                    expected++;
                }
            }
        }
        assertThat(expected).isGreaterThan(0);
        var found = SimilarProposals.find(ROUND, all, Map.of(), Map.of(), 0.6);
        assertThat(found.complete()).isTrue();
        assertThat(found.pairs()).hasSize(Math.min(expected, SimilarProposals.MAX_PAIRS));
    }
}
