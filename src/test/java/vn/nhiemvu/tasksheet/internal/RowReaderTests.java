package vn.nhiemvu.tasksheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.tasksheet.ImportReport.RowError;

/** One row of a sheet into fields, without Spring: references, dates, what a missing column keeps. */
class RowReaderTests {

    private static final Unit VP = new Unit(1, 1, null, "VP", "Văn phòng Bộ", Unit.Kind.OFFICE, List.of());
    private static final Unit PC = new Unit(2, 1, null, "PC", "Vụ Pháp chế", Unit.Kind.OFFICE, List.of());
    private static final Leader MINISTER = new Leader(7, 1, "nguyen-manh-hung", "Nguyễn Mạnh Hùng",
            Leader.Position.values()[0], "Bộ trưởng", Set.of());

    private static SheetReader.ParsedSheet sheet(Column... columns) {
        var positions = new EnumMap<Column, Integer>(Column.class);
        for (int i = 0; i < columns.length; i++) {
            positions.put(columns[i], i);
        }
        return new SheetReader.ParsedSheet(positions, List.of());
    }

    private static SheetReader.Value text(String text) {
        return new SheetReader.Value(text, null, null);
    }

    private static RowReader reader(SheetReader.ParsedSheet sheet) {
        return new RowReader(sheet, List.of(VP, PC), List.of(MINISTER),
                number -> number.equals("75/CT-BTTTT") ? Optional.of(75L) : Optional.empty());
    }

    private static TaskView current() {
        return new TaskView(5, TaskKind.REPORT, "Báo cáo quý", "Nội dung", new TaskView.DirectiveRef(75, "75/CT-BTTTT", "CT", "directive.kind.CHI_THI"),
                null, null, new TaskView.UnitRef(1, "VP", "Văn phòng Bộ"), null,
                List.of(new TaskView.UnitRef(2, "PC", "Vụ Pháp chế")),
                new TaskView.LeaderRef(7, "Nguyễn Mạnh Hùng", "Bộ trưởng"), LocalDate.of(2020, 9, 30), "trong quý III", null,
                null, null, null, TaskStatus.IN_PROGRESS, "Đang thực hiện", "", LocalDate.of(2020, 9, 30), 0,
                EvaluationPolicy.Kind.CHI_THI_75, LocalDate.of(2020, 9, 1), List.of(), 3, Instant.EPOCH, "admin", List.of());
    }

    @Test
    void aFullRowResolvesCodesNamesNumbersAndDates() {
        var sheet = sheet(Column.TITLE, Column.LEAD_UNIT, Column.COORDINATING, Column.LEADER, Column.DIRECTIVE,
                Column.DEADLINE, Column.KIND);
        var row = new SheetReader.SheetRow(2, Map.of(Column.TITLE, text("  Xây dựng đề án "), Column.LEAD_UNIT, text("vp"),
                Column.COORDINATING, text("PC; vp"), Column.LEADER, text("nguyen manh hung"), Column.DIRECTIVE,
                text("75/CT-BTTTT"), Column.DEADLINE, text("1/10/2020"), Column.KIND, text("Đề án")));
        RowReader reader = reader(sheet);
        var errors = reader.new Errors(row);
        Fields fields = reader.fields(row, null, errors);
        assertThat(errors.list()).isEmpty();
        assertThat(fields.title()).isEqualTo("Xây dựng đề án");
        assertThat(fields.leadUnitId()).isEqualTo(1);
        assertThat(fields.coordinatingUnitIds()).containsExactly(2L, 1L);
        assertThat(fields.supervisingLeaderId()).isEqualTo(7L);
        assertThat(fields.directiveId()).isEqualTo(75L);
        assertThat(fields.deadline()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(fields.kind()).isEqualTo(TaskKind.SCHEME);
    }

    @Test
    void everyBadCellOfARowIsReportedWithItsColumn() {
        var sheet = sheet(Column.ID, Column.TITLE, Column.LEAD_UNIT, Column.COORDINATING, Column.LEADER,
                Column.DIRECTIVE, Column.DEADLINE, Column.KIND);
        var row = new SheetReader.SheetRow(9, Map.of(Column.TITLE, text(""), Column.LEAD_UNIT, text("XX"),
                Column.COORDINATING, text("PC, YY"), Column.LEADER, text("Ông A"), Column.DIRECTIVE, text("1/QĐ"),
                Column.DEADLINE, text("29/02/2021"), Column.KIND, text("Công văn")));
        RowReader reader = reader(sheet);
        var errors = reader.new Errors(row);
        assertThat(reader.fields(row, null, errors)).isNull();
        assertThat(errors.list()).extracting(RowError::row).containsOnly(9);
        assertThat(errors.list()).extracting(RowError::column).containsExactly("B", "H", "C", "D", "E", "F", "G");
        assertThat(errors.list()).extracting(RowError::message).anyMatch(m -> m.contains("29/02/2021"))
                .anyMatch(m -> m.contains("\"YY\"")).anyMatch(m -> m.contains("Thiếu tên nhiệm vụ"))
                .anyMatch(m -> m.contains("Công văn") && m.contains("Đề án"));
    }

    @Test
    void datesAreDateCellsOrDayMonthYearTextThatExists() {
        var sheet = sheet(Column.DEADLINE);
        var errors = reader(sheet).new Errors(new SheetReader.SheetRow(2, Map.of()));
        assertThat(RowReader.date(new SheetReader.Value("30/09/2020", LocalDate.of(2020, 9, 30), 44104.0),
                Column.DEADLINE, errors)).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(RowReader.date(text("2020-09-30"), Column.DEADLINE, errors)).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(RowReader.date(text("30.9.2020"), Column.DEADLINE, errors)).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(RowReader.date(text("29/2/2020"), Column.DEADLINE, errors)).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(errors.list()).isEmpty();
        // A plain number is not a date, even though Excel stores dates as numbers.
        for (var bad : List.of(text("29/2/2021"), text("31/4/2020"), text("quý III"), text("9/30/2020"),
                new SheetReader.Value("44104", null, 44104.0))) {
            RowReader.date(bad, Column.DEADLINE, errors);
        }
        assertThat(errors.list()).hasSize(5).extracting(RowError::column).containsOnly("A");
    }

    @Test
    void aColumnTheSheetLacksKeepsTheTasksValueAndAnEqualRowIsUnchanged() {
        var sheet = sheet(Column.ID, Column.TITLE, Column.LEAD_UNIT);
        var row = new SheetReader.SheetRow(3, Map.of(Column.ID, new SheetReader.Value("5", null, 5.0),
                Column.TITLE, text("Báo cáo quý"), Column.LEAD_UNIT, text("VP")));
        RowReader reader = reader(sheet);
        var errors = reader.new Errors(row);
        assertThat(reader.id(row, errors)).isEqualTo(5L);
        Fields fields = reader.fields(row, current(), errors);
        assertThat(errors.list()).isEmpty();
        assertThat(fields.sameAs(Fields.of(current()))).isTrue();
        assertThat(fields.deadline()).isEqualTo(LocalDate.of(2020, 9, 30));

        var changed = new SheetReader.SheetRow(3, Map.of(Column.ID, text("5"), Column.TITLE, text("Báo cáo quý IV"),
                Column.LEAD_UNIT, text("VP")));
        assertThat(reader.fields(changed, current(), reader.new Errors(changed)).sameAs(Fields.of(current()))).isFalse();
    }

    @Test
    void coordinatingUnitsInAnotherOrderAreTheSame() {
        Fields stored = Fields.of(current());
        Fields reordered = new Fields(stored.kind(), stored.title() + " ", stored.description(), stored.leadUnitId(),
                List.of(2L), stored.supervisingLeaderId(), stored.directiveId(), stored.parentTaskId(), stored.deadline(),
                stored.deadlineText(), stored.product(), null);
        assertThat(reordered.sameAs(stored)).isTrue();
        Fields completed = new Fields(stored.kind(), stored.title(), stored.description(), stored.leadUnitId(),
                stored.coordinatingUnitIds(), stored.supervisingLeaderId(), stored.directiveId(), stored.parentTaskId(),
                stored.deadline(), stored.deadlineText(), stored.product(), LocalDate.of(2020, 9, 29));
        assertThat(completed.sameAs(stored)).isFalse();
        assertThat(completed.sameDraftAs(stored)).isTrue();
        Fields blankIsNull = new Fields(null, "x", " ", 1, List.of(), null, null, null, null, "", null, null);
        assertThat(blankIsNull.description()).isNull();
        assertThat(blankIsNull.deadlineText()).isNull();
        assertThat(blankIsNull.kind()).isEqualTo(TaskKind.OTHER);
    }

    @Test
    void idsAreWholePositiveNumbers() {
        var sheet = sheet(Column.ID, Column.VERSION);
        RowReader reader = reader(sheet);
        var row = new SheetReader.SheetRow(4, Map.of(Column.ID, new SheetReader.Value("1.5", null, 1.5),
                Column.VERSION, new SheetReader.Value("0", null, 0.0)));
        var errors = reader.new Errors(row);
        assertThat(reader.id(row, errors)).isNull();
        assertThat(reader.version(row, errors)).isZero();
        assertThat(errors.list()).singleElement().satisfies(e -> assertThat(e.column()).isEqualTo("A"));
    }
}
