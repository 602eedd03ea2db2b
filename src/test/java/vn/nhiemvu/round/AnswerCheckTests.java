package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.support.WeekendCalendar;

/** Cells read by their column's type, every bad cell named, nothing kept unless all pass. */
class AnswerCheckTests {

    private static final RoundTemplate TEMPLATE = new RoundTemplate(List.of(new TemplateTable("Nhiệm vụ đề xuất",
            List.of(new TemplateColumn("task", "Nhiệm vụ", ColumnType.LONG_TEXT, true, "", List.of()),
                    new TemplateColumn("group", "Nhóm nhiệm vụ", ColumnType.CHOICE, true, "",
                            List.of("Kiện toàn tổ chức bộ máy", "Phát triển nguồn nhân lực")),
                    new TemplateColumn("lead", "Chủ trì", ColumnType.UNIT_OR_AGENCY, false, "", List.of()),
                    new TemplateColumn("time", "Thời gian", ColumnType.DEADLINE_PHRASE, false, "", List.of()),
                    new TemplateColumn("funds", "Kinh phí", ColumnType.MONEY, false, "", List.of()),
                    new TemplateColumn("share", "Tỷ lệ", ColumnType.NUMBER, false, "", List.of()),
                    new TemplateColumn("start", "Ngày bắt đầu", ColumnType.DATE, false, "", List.of()),
                    new TemplateColumn("budget", "Trong dự toán", ColumnType.YES_NO, false, "", List.of())))));

    private static final CellReader READER = new CellReader(new DeadlinePhraseParser(), new WeekendCalendar(),
            LocalDate.of(2024, 1, 9), typed -> typed.equalsIgnoreCase("BYT") ? Optional.of("Bộ Y tế") : Optional.empty());

    private static Map<String, String> row(String... keysAndValues) {
        var row = new LinkedHashMap<String, String>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }

    private static AnswerContent rows(Map<String, String>... rows) {
        return new AnswerContent(false, "", List.of(List.of(rows)));
    }

    @Test
    void goodCellsAreKeptAsReadInTheTemplatesOrder() {
        AnswerContent kept = AnswerCheck.check(TEMPLATE, rows(row("budget", "có", "task", " Kiện toàn Sở TT&TT ",
                "group", "kien toan to chuc bo may", "lead", "byt", "time", "Quý II/2024", "funds", "1.500.000.000 đồng",
                "share", "12,5", "start", "1/3/2024"), row("task", "", "group", "")), READER);
        assertThat(kept.tables().get(0)).containsExactly(row("task", "Kiện toàn Sở TT&TT", "group",
                "Kiện toàn tổ chức bộ máy", "lead", "Bộ Y tế", "time", "Quý II/2024", "funds", "1500000000", "share",
                "12.5", "start", "2024-03-01", "budget", "true"));
    }

    @Test
    void everyBadCellIsNamedByTableRowAndColumn() {
        assertThatThrownBy(() -> AnswerCheck.check(TEMPLATE, rows(row("task", "Một", "group", "Nhóm 9"),
                row("task", "", "group", "Phát triển nguồn nhân lực", "funds", "-5", "share", "1,2,3", "start",
                        "31/02/2024", "time", "sớm nhất có thể", "budget", "chưa rõ", "extra", "x")), READER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("tables[0].rows[0].group",
                                "tables[0].rows[1].extra", "tables[0].rows[1].task", "tables[0].rows[1].time",
                                "tables[0].rows[1].funds", "tables[0].rows[1].share", "tables[0].rows[1].start",
                                "tables[0].rows[1].budget"))
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).message().vietnamese()).isEqualTo(
                        "Bảng 1 “Nhiệm vụ đề xuất”, dòng 1, cột “Nhóm nhiệm vụ”: “Nhóm 9” không có trong danh sách lựa "
                                + "chọn (Kiện toàn tổ chức bộ máy; Phát triển nguồn nhân lực)."));
    }

    @Test
    void aFormulaIsKeptAsText() {
        AnswerContent kept = AnswerCheck.check(TEMPLATE, rows(row("task", "=HYPERLINK(\"http://x\")", "group",
                "Kiện toàn tổ chức bộ máy")), READER);
        assertThat(kept.tables().get(0).get(0).get("task")).isEqualTo("=HYPERLINK(\"http://x\")");
    }

    @Test
    void noProposalNeedsAReasonAndNoRows() {
        assertThatThrownBy(() -> AnswerCheck.check(TEMPLATE, new AnswerContent(true, " ",
                List.of(List.of(row("task", "Một")))), READER))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field).containsExactly("reason", "noProposal"));
        AnswerContent none = AnswerCheck.check(TEMPLATE, new AnswerContent(true, "Đã lồng ghép vào kế hoạch năm",
                List.of(List.of(row("task", "")))), READER);
        assertThat(none.noProposal()).isTrue();
        assertThat(none.rowCount()).isZero();
    }

    @Test
    void anAnswerWithNothingInItIsRefused() {
        assertThatThrownBy(() -> AnswerCheck.check(TEMPLATE, rows(row("task", " ")), READER))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).message().vietnamese()).startsWith("Chưa có dòng đề xuất nào."));
    }

    @Test
    void whatAFormShowsOfAKeptNumberIsReadBackAsTheSameValue() {
        // A draft saved with "2,5" comes back in the form; saving it again must keep 2.5, not refuse it.
        var share = TEMPLATE.tables().get(0).columns().stream().filter(c -> c.key().equals("share")).findFirst().orElseThrow();
        var funds = TEMPLATE.tables().get(0).columns().stream().filter(c -> c.key().equals("funds")).findFirst().orElseThrow();
        assertThat(share.shown("2.5")).isEqualTo("2,5");
        assertThat(share.shown("-1234567.25")).isEqualTo("-1.234.567,25");
        assertThat(funds.shown("1200000000")).isEqualTo("1.200.000.000");
        for (String kept : List.of("2.5", "1234567.25", "0", "-3", "1000")) {
            assertThat(READER.read(share, share.shown(kept)).value()).as(kept).isEqualTo(kept);
        }
        assertThat(READER.read(funds, funds.shown("1200000000")).value()).isEqualTo("1200000000");
        assertThat(share.shown("khoảng 3")).as("a value kept before the check, shown as kept").isEqualTo("khoảng 3");
    }
}
