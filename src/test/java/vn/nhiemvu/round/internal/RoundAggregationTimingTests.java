package vn.nhiemvu.round.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.round.Aggregation;
import vn.nhiemvu.round.AnswerCheck;
import vn.nhiemvu.round.AnswerContent;
import vn.nhiemvu.round.CellReader;
import vn.nhiemvu.round.ColumnType;
import vn.nhiemvu.round.Lateness;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.round.RoundStatus;
import vn.nhiemvu.round.RoundTemplate;
import vn.nhiemvu.round.SimilarProposals;
import vn.nhiemvu.round.Submission;
import vn.nhiemvu.round.TemplateColumn;
import vn.nhiemvu.round.TemplateTable;
import vn.nhiemvu.support.WeekendCalendar;

/**
 * Issue 16's sizes, in one JVM without the database: a round to 100 agencies of 50 rows each (5,000 proposals) read
 * from their stored JSON, aggregated (all, then filtered) and written as .xlsx; a 500-row answer checked cell by cell.
 * A benchmark, run on demand ({@code -Dnhiemvu.bench=true}) since a shared machine's load makes times swing: the
 * bounds are three times the targets (300 ms, 2 s, 1 s); the figures are printed for bench/RESULTS.md.
 */
@EnabledIfSystemProperty(named = "nhiemvu.bench", matches = "true")
class RoundAggregationTimingTests {

    private static final List<String> GROUPS = List.of("Kiện toàn tổ chức bộ máy quản lý nhà nước về chuyển đổi số",
            "Nâng cao năng lực quản lý nhà nước về chuyển đổi số",
            "Nâng cao năng lực thực thi pháp luật về chuyển đổi số", "Phổ biến, quán triệt, truyền thông về Đề án");

    private static final RoundTemplate TEMPLATE = new RoundTemplate(List.of(new TemplateTable("Nhiệm vụ trọng tâm",
            List.of(new TemplateColumn("task", "Nhiệm vụ đề xuất", ColumnType.LONG_TEXT, true, "", List.of()),
                    new TemplateColumn("group", "Nhóm nhiệm vụ", ColumnType.CHOICE, true, "", GROUPS),
                    new TemplateColumn("lead", "Chủ trì", ColumnType.UNIT_OR_AGENCY, true, "", List.of()),
                    new TemplateColumn("coordinating", "Phối hợp", ColumnType.TEXT, false, "", List.of()),
                    new TemplateColumn("time", "Thời gian", ColumnType.DEADLINE_PHRASE, true, "", List.of()),
                    new TemplateColumn("product", "Sản phẩm", ColumnType.TEXT, true, "", List.of()),
                    new TemplateColumn("amount", "Kinh phí", ColumnType.MONEY, false, "", List.of())))));

    private static Map<String, String> row(int agency, int i) {
        var row = new LinkedHashMap<String, String>();
        row.put("task", "Nhiệm vụ " + i + " của cơ quan " + agency + ": xây dựng, vận hành nền tảng số phục vụ quản lý");
        row.put("group", GROUPS.get((agency + i) % GROUPS.size()));
        row.put("lead", "Cơ quan " + agency);
        row.put("coordinating", "Bộ Thông tin và Truyền thông; Bộ Nội vụ");
        row.put("time", "Quý " + (i % 4 == 0 ? "I" : i % 4 == 1 ? "II" : i % 4 == 2 ? "III" : "IV") + "/2025");
        row.put("product", "Quyết định, kế hoạch, báo cáo");
        row.put("amount", Integer.toString(100_000_000 + i * 1_000_000));
        return row;
    }

    @Test
    void fiveThousandProposalsAreAggregatedAndExportedInTime() {
        var json = new AnswerJson(JsonMapper.builder().build());
        var agencies = new ArrayList<Agency>();
        var stored = new ArrayList<String>();
        for (int a = 1; a <= 100; a++) {
            agencies.add(new Agency(a, "CQ" + a, "Cơ quan số " + a, Agency.Kind.PROVINCE, List.of(), false));
            var rows = new ArrayList<Map<String, String>>();
            for (int i = 0; i < 50; i++) {
                rows.add(row(a, i));
            }
            stored.add(json.write(new AnswerContent(false, "", List.of(rows))));
        }
        var round = new ProposalRound(1, 200, 2, "Đề xuất nhiệm vụ", "", "", LocalDate.of(2024, 1, 9),
                "trước ngày 15/01/2024", LocalDate.of(2024, 1, 15), true, RoundStatus.OPEN,
                agencies.stream().map(Agency::id).toList(), TEMPLATE, "cdsqg", Instant.EPOCH, null, null, 0);
        for (int warm = 0; warm < 3; warm++) {
            aggregate(round, agencies, stored, json, Aggregation.Filter.NONE);
            RoundWorkbook.write(aggregate(round, agencies, stored, json, Aggregation.Filter.NONE));
        }

        long t0 = System.nanoTime();
        Aggregation all = aggregate(round, agencies, stored, json, Aggregation.Filter.NONE);
        long read = System.nanoTime() - t0;
        t0 = System.nanoTime();
        Aggregation some = aggregate(round, agencies, stored, json,
                new Aggregation.Filter(null, null, Map.of("group", "thuc thi", "task", "nen tang")));
        long filtered = System.nanoTime() - t0;
        t0 = System.nanoTime();
        byte[] xlsx = RoundWorkbook.write(all);
        long export = System.nanoTime() - t0;
        SimilarProposals.find(round, all.proposals(), Map.of(), Map.of(), SimilarProposals.DEFAULT_THRESHOLD);
        t0 = System.nanoTime();
        SimilarProposals.Found similar = SimilarProposals.find(round, all.proposals(), Map.of(), Map.of(),
                SimilarProposals.DEFAULT_THRESHOLD);
        long pairs = System.nanoTime() - t0;
        assertThat(all.proposals()).hasSize(5000);
        assertThat(some.proposals()).hasSize(1250);

        var reader = new CellReader(new DeadlinePhraseParser(), new WeekendCalendar(), LocalDate.of(2024, 1, 9),
                typed -> Optional.empty());
        var typed = new ArrayList<Map<String, String>>();
        for (int i = 0; i < 500; i++) {
            typed.add(row(7, i));
        }
        var answer = new AnswerContent(false, "", List.of(typed));
        AnswerCheck.check(TEMPLATE, answer, reader);
        t0 = System.nanoTime();
        AnswerContent kept = AnswerCheck.check(TEMPLATE, answer, reader);
        long check = System.nanoTime() - t0;
        assertThat(kept.rowCount()).isEqualTo(500);

        System.out.printf("rounds timing: read+aggregate 5000 %d ms, filtered %d ms, xlsx %d ms (%d KiB), "
                + "check 500 rows %d ms, similar pairs %d ms (%d pairs, complete %b)%n", read / 1_000_000,
                filtered / 1_000_000, export / 1_000_000, xlsx.length / 1024, check / 1_000_000, pairs / 1_000_000,
                similar.pairs().size(), similar.complete());
        assertThat(read / 1_000_000).isLessThan(900);
        assertThat(filtered / 1_000_000).isLessThan(900);
        assertThat(export / 1_000_000).isLessThan(6000);
        assertThat(check / 1_000_000).isLessThan(3000);
        // Asked for on the page (not with every load); every row here is alike, the worst case, stopped at its bound.
        assertThat(pairs / 1_000_000).isLessThan(3000);
    }

    private static Aggregation aggregate(ProposalRound round, List<Agency> agencies, List<String> stored,
            AnswerJson json, Aggregation.Filter filter) {
        var current = new ArrayList<Submission>();
        for (int a = 0; a < agencies.size(); a++) {
            current.add(new Submission(a + 1, 1, agencies.get(a).id(), 1, "1-CQ" + (a + 1) + "-1", Instant.EPOCH,
                    "dm" + a, "", Lateness.ON_TIME, json.read(stored.get(a))));
        }
        return Aggregation.of(round, current, agencies, filter);
    }
}
