package vn.nhiemvu.round.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.round.ColumnType;
import vn.nhiemvu.round.TemplateColumn;
import vn.nhiemvu.round.TemplateTable;
import vn.nhiemvu.task.TaskDraft;

/** What task a proposal becomes, without Spring. */
class ProposalTaskDraftTests {

    private static TemplateColumn column(String key, String label, ColumnType type) {
        return new TemplateColumn(key, label, type, false, "", List.of());
    }

    private static final TemplateTable TABLE = new TemplateTable("Nhiệm vụ trọng tâm", List.of(
            column("group", "Nhóm nhiệm vụ", ColumnType.CHOICE),
            column("task", "Nhiệm vụ đề xuất", ColumnType.LONG_TEXT),
            column("lead", "Chủ trì", ColumnType.UNIT_OR_AGENCY),
            column("time", "Thời gian", ColumnType.DEADLINE_PHRASE),
            column("done", "Ngày hoàn thành", ColumnType.DATE),
            column("plan", "Đã có trong kế hoạch", ColumnType.YES_NO)));

    private static TaskDraft draft(Map<String, String> cells, String chosen) {
        Map<String, String> units = Map.of("Vụ Hợp tác quốc tế", "HTQT");
        return ProposalTaskDraft.of(TABLE, cells, 9, chosen, "CDSQG", name -> Optional.ofNullable(units.get(name)),
                "Nguồn: đề xuất của Bộ Y tế.", text -> text.equals("Quý II/2026")
                        ? Optional.of(java.time.LocalDate.of(2026, 6, 30)) : Optional.empty());
    }

    private static Map<String, String> cells(String task, String lead, String time, String done) {
        var cells = new LinkedHashMap<String, String>();
        cells.put("group", "Nâng cao năng lực");
        cells.put("task", task);
        cells.put("lead", lead);
        cells.put("time", time);
        cells.put("done", done);
        cells.put("plan", "true");
        return cells;
    }

    @Test
    void theFirstTextIsTheTitleTheOtherCellsAndTheSourceTheDescription() {
        TaskDraft d = draft(cells("Đào tạo cán bộ", "Bộ Y tế", "Quý II/2026", ""), null);
        assertThat(d.title()).isEqualTo("Đào tạo cán bộ");
        assertThat(d.directiveId()).isEqualTo(9L);
        assertThat(d.deadlineText()).isEqualTo("Quý II/2026");
        assertThat(d.deadline()).hasToString("2026-06-30");
        assertThat(d.description()).isEqualTo("Nhóm nhiệm vụ: Nâng cao năng lực\nChủ trì: Bộ Y tế\nThời gian: Quý II/2026\n"
                + "Đã có trong kế hoạch: Có\nNguồn: đề xuất của Bộ Y tế.");
        // An outside agency named as lead cannot lead a task yet: the organiser unit does.
        assertThat(d.leadUnit().code()).isEqualTo("CDSQG");
    }

    @Test
    void theLeadIsTheChosenUnitElseTheMinistrysUnitTheProposalNames() {
        assertThat(draft(cells("A", "Vụ Hợp tác quốc tế", "", ""), null).leadUnit().code()).isEqualTo("HTQT");
        assertThat(draft(cells("A", "Vụ Hợp tác quốc tế", "", ""), " KHTC ").leadUnit().code()).isEqualTo("KHTC");
    }

    @Test
    void aDateColumnGivesTheDeadlineWhenNoPhraseDoes() {
        TaskDraft d = draft(cells("A", "", "", "2026-06-30"), null);
        assertThat(d.deadline()).hasToString("2026-06-30");
        assertThat(d.deadlineText()).isNull();
        assertThat(d.description()).contains("Ngày hoàn thành: 30/06/2026");
    }

    @Test
    void aLongProposalIsCutForTheTitleAndKeptWholeInTheDescription() {
        String longText = "Nhiệm vụ ".repeat(80).strip();
        TaskDraft d = draft(cells(longText, "", "", ""), null);
        assertThat(d.title()).hasSize(500).endsWith("…");
        assertThat(d.description()).contains("Nhiệm vụ đề xuất: " + longText);
    }
}
