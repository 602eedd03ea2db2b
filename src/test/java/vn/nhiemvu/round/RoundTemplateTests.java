package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.InvalidInputException;

/** The template's rules, without Spring: what no answer could fill is refused, every problem named at once. */
class RoundTemplateTests {

    static TemplateColumn column(String key, String label, ColumnType type, String... choices) {
        return new TemplateColumn(key, label, type, false, "", List.of(choices));
    }

    private static List<String> problems(TemplateTable... tables) {
        try {
            RoundTemplate.checked(List.of(tables));
            return List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(f -> f.field() + ": " + f.message().vietnamese()).toList();
        }
    }

    @Test
    void aSoundTemplateIsKeptAsGiven() {
        var table = new TemplateTable(" Nhiệm vụ đề xuất ", List.of(column("task", "Nhiệm vụ", ColumnType.LONG_TEXT),
                column("group", "Nhóm nhiệm vụ", ColumnType.CHOICE, "Nhóm 1", "Nhóm 2")));
        RoundTemplate template = RoundTemplate.checked(List.of(table));
        assertThat(template.tables()).hasSize(1);
        assertThat(template.tables().get(0).title()).isEqualTo("Nhiệm vụ đề xuất");
        assertThat(template.tables().get(0).column("group").orElseThrow().choices()).containsExactly("Nhóm 1",
                "Nhóm 2");
    }

    @Test
    void aTemplateWithoutTablesOrColumnsIsRefused() {
        assertThat(problems()).containsExactly("template: Mẫu chưa có bảng nào: cần ít nhất một bảng có cột.");
        assertThat(problems(new TemplateTable("Đề xuất", List.of())))
                .containsExactly("template.tables[0].columns: Bảng 1 chưa có cột nào: cần ít nhất một cột.");
    }

    @Test
    void duplicateColumnsAreNamedByKeyAndByFoldedHeading() {
        assertThat(problems(new TemplateTable("Đề xuất", List.of(column("task", "Nhiệm vụ", ColumnType.TEXT),
                column("task", "Tên nhiệm vụ", ColumnType.TEXT), column("time", "Thời gian", ColumnType.TEXT),
                column("time2", "thoi gian", ColumnType.TEXT))))).containsExactly(
                        "template.tables[0].columns[1].key: Bảng 1, cột 2: trùng mã cột “task” với một cột trước trong bảng.",
                        "template.tables[0].columns[3].label: Bảng 1, cột 4: trùng tên cột “thoi gian” với một cột trước trong bảng.");
    }

    @Test
    void badChoiceListsAreRefusedEachByItsPlace() {
        assertThat(problems(new TemplateTable("Đề xuất", List.of(column("group", "Nhóm", ColumnType.CHOICE),
                column("source", "Nguồn", ColumnType.CHOICE, "Ngân sách", " ", "ngan sach"),
                column("note", "Ghi chú", ColumnType.TEXT, "Có"))))).containsExactly(
                        "template.tables[0].columns[0].choices: Bảng 1, cột 1: cột chọn từ danh sách cần ít nhất một lựa chọn.",
                        "template.tables[0].columns[1].choices[1]: Bảng 1, cột 2: lựa chọn thứ 2 để trống.",
                        "template.tables[0].columns[1].choices[2]: Bảng 1, cột 2: lựa chọn “ngan sach” bị lặp lại.",
                        "template.tables[0].columns[2].choices: Bảng 1, cột 3: chỉ cột kiểu chọn từ danh sách mới có danh sách lựa chọn.");
    }

    @Test
    void keysAreIdentifiersAndEveryColumnNeedsAHeadingAndAType() {
        assertThat(problems(new TemplateTable("", List.of(new TemplateColumn("Nhiệm vụ", "", null, true, null, null)))))
                .containsExactly("template.tables[0].title: Bảng 1 chưa có tên.",
                        "template.tables[0].columns[0].key: Bảng 1, cột 1: mã cột “Nhiệm vụ” phải bắt đầu bằng chữ "
                                + "thường không dấu, chỉ gồm chữ thường, chữ số và dấu gạch dưới, tối đa 40 ký tự.",
                        "template.tables[0].columns[0].label: Bảng 1, cột 1 chưa có tên cột.",
                        "template.tables[0].columns[0].type: Bảng 1, cột 1 chưa chọn kiểu dữ liệu.");
    }

    @Test
    void theSameKeyMayServeTwoTables() {
        var a = new TemplateTable("Nhiệm vụ", List.of(column("task", "Nhiệm vụ", ColumnType.TEXT)));
        var b = new TemplateTable("Dự án", List.of(column("task", "Nhiệm vụ", ColumnType.TEXT)));
        assertThat(problems(a, b)).isEmpty();
    }
}
