package vn.nhiemvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.support.WeekendCalendar;

/**
 * Task tables of a Kế hoạch's appendix in the shapes they arrive in (a row a line with tabs or "|", a cell
 * a line as a PDF or a broken paste gives them), without Spring: header found by its column words,
 * section rows left out, each numbered row a task with its lead, coordinating units, deadline and product.
 */
class TaskTableTests {

    private static final String OPENING = """
            BỘ THÔNG TIN VÀ TRUYỀN THÔNG
            Số: 12/KH-BTTTT
            Hà Nội, ngày 10 tháng 01 năm 2024
            KẾ HOẠCH
            Triển khai nhiệm vụ năm 2024
            Căn cứ Quyết định số 1/QĐ-TTg ngày 02 tháng 01 năm 2024 của Thủ tướng Chính phủ.
            BỘ TRƯỞNG
            Nguyễn Văn A
            PHỤ LỤC
            DANH MỤC NHIỆM VỤ
            """;

    private final DirectiveExtractor extractor = new DirectiveExtractor(new DeadlinePhraseParser());

    private List<TaskProposal> tasks(String text) {
        return extractor.extract(text, TestDirectory.demo(), new WeekendCalendar(), LocalDate.of(2024, 1, 10)).tasks();
    }

    private static List<String> codes(List<Party> parties) {
        return parties.stream().map(p -> p.code() != null ? p.code() : p.name()).toList();
    }

    @Test
    void tabSeparatedRowsBecomeTasksAndSectionRowsDoNot() {
        String text = OPENING + """
                STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành\tSản phẩm
                I\tCÔNG TÁC XÂY DỰNG THỂ CHẾ\t\t\t\t
                1\tXây dựng Nghị định về chuyển đổi số\tVụ Pháp chế\tVăn phòng Bộ, Cục Chuyển đổi số quốc gia\tQuý II/2024\tNghị định
                2\tRà soát văn bản quy phạm pháp luật\tThanh tra Bộ\t\tTháng 10/2024\tBáo cáo
                II\tCÔNG TÁC KẾ HOẠCH\t\t\t\t
                1\tXây dựng kế hoạch tài chính 5 năm\tVụ Kế hoạch - Tài chính\tVụ Pháp chế\t2024\tKế hoạch
                """;
        List<TaskProposal> tasks = tasks(text);
        assertThat(tasks).extracting(TaskProposal::text).containsExactly("Xây dựng Nghị định về chuyển đổi số",
                "Rà soát văn bản quy phạm pháp luật", "Xây dựng kế hoạch tài chính 5 năm");
        TaskProposal first = tasks.get(0);
        assertThat(codes(first.lead())).containsExactly("PC");
        assertThat(codes(first.coordinating())).containsExactly("VP", "CDSQG");
        assertThat(first.deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(first.product()).isEqualTo("Nghị định");
        assertThat(text.substring(first.span().start(), first.span().end())).isEqualTo("Xây dựng Nghị định về chuyển đổi số");
        assertThat(tasks.get(1).coordinating()).isEmpty();
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2024, 10, 31));
        assertThat(tasks.get(2).deadline().date()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void aPipeTableWithoutDiacriticsAndAMergedGroupRowIsRead() {
        String text = OPENING + """
                | TT | Noi dung cong viec | Don vi chu tri | Don vi phoi hop | Tien do | Ket qua |
                |---|---|---|---|---|---|
                | A | Nhom nhiem vu chung | Nhom nhiem vu chung | Nhom nhiem vu chung | Nhom nhiem vu chung | Nhom nhiem vu chung |
                | 1 | Cap nhat co so du lieu van ban | Van phong Bo | Vu Phap che | Truoc ngay 30/6/2024 | Co so du lieu |
                """;
        List<TaskProposal> tasks = tasks(text);
        assertThat(tasks).hasSize(1);
        assertThat(codes(tasks.get(0).lead())).containsExactly("VP");
        assertThat(codes(tasks.get(0).coordinating())).containsExactly("PC");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(tasks.get(0).product()).isEqualTo("Co so du lieu");
    }

    @Test
    void aLeadCellMergedDownTheColumnLeadsTheRowsUnderIt() {
        String text = OPENING + """
                STT\tNhiệm vụ\tChủ trì\tPhối hợp\tThời hạn
                1\tBáo cáo tình hình chuyển đổi số quý I\tCục Chuyển đổi số quốc gia\tVăn phòng Bộ\tTrước ngày 25/3/2024
                2\tBáo cáo tình hình chuyển đổi số quý II\t\tVăn phòng Bộ\tTrước ngày 25/6/2024
                """;
        List<TaskProposal> tasks = tasks(text);
        assertThat(tasks).hasSize(2);
        assertThat(codes(tasks.get(1).lead())).containsExactly("CDSQG");
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2024, 6, 25));
    }

    @Test
    void aTableOfOneCellALineAsAPdfGivesItIsRead() {
        String text = OPENING + """
                STT
                Nhiệm vụ
                Cơ quan chủ trì
                Cơ quan phối hợp
                Thời gian hoàn thành
                Sản phẩm
                I
                NHIỆM VỤ VỀ THỂ CHẾ
                1
                Xây dựng Thông tư hướng dẫn
                về an toàn thông tin
                Cục An toàn thông tin
                Vụ Pháp chế
                Quý III/2024
                Thông tư
                2
                Tổng kết thi hành Luật Giao dịch điện tử
                Vụ Pháp chế
                Tháng 11/2024
                Báo cáo tổng kết
                Nơi nhận:
                - Như trên;
                """;
        List<TaskProposal> tasks = tasks(text);
        assertThat(tasks).extracting(TaskProposal::text).containsExactly(
                "Xây dựng Thông tư hướng dẫn về an toàn thông tin", "Tổng kết thi hành Luật Giao dịch điện tử");
        assertThat(codes(tasks.get(0).lead())).containsExactly("ATTT");
        assertThat(codes(tasks.get(0).coordinating())).containsExactly("PC");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(tasks.get(0).product()).isEqualTo("Thông tư");
        // a row with no coordinating unit: its cells are placed by what they are
        assertThat(codes(tasks.get(1).lead())).containsExactly("PC");
        assertThat(tasks.get(1).coordinating()).isEmpty();
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2024, 11, 30));
        assertThat(tasks.get(1).product()).isEqualTo("Báo cáo tổng kết");
    }

    @Test
    void attributeLinesOfAnItemAreNoHeader() {
        String text = """
                Số: 5/CT-BTTTT
                Hà Nội, ngày 10 tháng 01 năm 2024
                CHỈ THỊ
                Về công tác pháp chế
                1. Rà soát văn bản quy phạm pháp luật về viễn thông.
                Nhiệm vụ: rà soát
                Chủ trì: Vụ Pháp chế
                Phối hợp: Văn phòng Bộ
                Thời gian: Quý II/2024
                2. Thanh tra Bộ kiểm tra việc thực hiện.
                BỘ TRƯỞNG
                """;
        List<TaskProposal> tasks = tasks(text);
        assertThat(tasks).hasSize(2);
        assertThat(codes(tasks.get(0).lead())).containsExactly("PC");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void columnWordsAreReadWithOrWithoutDiacritics() {
        assertThat(TableReader.column("co quan chu tri thuc hien", false)).isEqualTo(TableReader.Column.LEAD);
        assertThat(TableReader.column("don vi thuc hien", false)).isEqualTo(TableReader.Column.LEAD);
        assertThat(TableReader.column("co quan phoi hop", false)).isEqualTo(TableReader.Column.COORDINATING);
        assertThat(TableReader.column("thoi gian trinh", false)).isEqualTo(TableReader.Column.DEADLINE);
        assertThat(TableReader.column("tien do thuc hien", false)).isEqualTo(TableReader.Column.DEADLINE);
        assertThat(TableReader.column("san pham", false)).isEqualTo(TableReader.Column.PRODUCT);
        assertThat(TableReader.column("nhiem vu, de an, du an", false)).isEqualTo(TableReader.Column.TASK);
        assertThat(TableReader.column("noi dung", true)).isEqualTo(TableReader.Column.OTHER);
        assertThat(TableReader.column("stt", false)).isEqualTo(TableReader.Column.NUMBER);
    }
}
