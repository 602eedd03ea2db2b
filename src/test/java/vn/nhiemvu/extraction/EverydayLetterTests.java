package vn.nhiemvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.support.WeekendCalendar;

/** The short letters of issue 19, in sentences made up for the test, without Spring. */
class EverydayLetterTests {

    private final DirectiveExtractor extractor = new DirectiveExtractor(new DeadlinePhraseParser());

    private List<TaskProposal> all(String text) {
        return extractor.extract(text, TestDirectory.demo(), new WeekendCalendar(), LocalDate.of(2026, 1, 10)).tasks();
    }

    /** The tasks the text writes (without the issuer's inferred follow-up). */
    private List<TaskProposal> tasks(String text) {
        return all(text).stream().filter(t -> !t.inferred()).toList();
    }

    private static List<String> names(List<Party> parties) {
        return parties.stream().map(Party::name).toList();
    }

    private static final String VPCP = """
            VĂN PHÒNG CHÍNH PHỦ
            Số: 120/VPCP-KTTH
            V/v xử lý kiến nghị của Tỉnh
            Hà Nội, ngày 12 tháng 3 năm 2026
            Kính gửi:
            - Các Bộ: Kế hoạch và Đầu tư, Tài chính, Xây dựng;
            - Ủy ban nhân dân tỉnh Quảng Ninh.
            """;

    /** A ministry's letter signed by a deputy minister. */
    private static final String MINISTRY_SIGNATURE = """
            Nơi nhận:
            - Như trên;
            KT. BỘ TRƯỞNG
            THỨ TRƯỞNG
            Phạm Đức Long
            """;

    private static final String SIGNATURE = """
            Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
            Nơi nhận:
            - Như trên;
            - Lưu: VT, KTTH.
            KT. BỘ TRƯỞNG, CHỦ NHIỆM
            PHÓ CHỦ NHIỆM
            Nguyễn Văn An
            """;

    @Test
    void anAssignmentInsideVeViecNayHasItsLeadCoordinationAndDeadline() {
        List<TaskProposal> tasks = tasks(VPCP + """
                Xét đề nghị của Ủy ban nhân dân tỉnh Quảng Ninh tại văn bản số 15/TTr-UBND ngày 02 tháng 3 năm 2026 về \
                cơ chế đặc thù, ý kiến của Bộ Tài chính tại văn bản số 210/BTC-NSNN ngày 05 tháng 3 năm 2026. Về việc này, \
                Thủ tướng Chính phủ giao Bộ Tài chính chủ trì, phối hợp với Bộ Kế hoạch và Đầu tư và các cơ quan liên quan \
                nghiên cứu, đề xuất cơ chế phù hợp, báo cáo Thủ tướng Chính phủ trước ngày 30/6/2026.
                """ + SIGNATURE);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).text()).startsWith("Thủ tướng Chính phủ giao Bộ Tài chính chủ trì");
        assertThat(names(tasks.get(0).lead())).containsExactly("Bộ Tài chính");
        assertThat(names(tasks.get(0).coordinating())).containsExactly("Bộ Kế hoạch và Đầu tư", "các cơ quan liên quan");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(tasks.get(0).product()).isEqualTo("báo cáo Thủ tướng Chính phủ");
    }

    @Test
    void aLeadersOpinionConveyedGivesEachMinistryOfTheListInFull() {
        List<TaskProposal> tasks = tasks(VPCP + """
                Xét đề nghị của Ủy ban nhân dân tỉnh Quảng Ninh (văn bản số 15/TTr-UBND ngày 02 tháng 3 năm 2026), Phó Thủ \
                tướng Lê Văn Bình có ý kiến như sau:
                Giao các Bộ: Kế hoạch và Đầu tư, Tài chính, Giao thông vận tải theo chức năng, nhiệm vụ được giao xem xét, xử \
                lý kiến nghị của Tỉnh tại văn bản nêu trên, bảo đảm đúng quy định.
                """ + SIGNATURE);
        assertThat(tasks).hasSize(1);
        assertThat(names(tasks.get(0).lead())).containsExactly("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính",
                "Bộ Giao thông vận tải");
        assertThat(tasks.get(0).deadline().kind()).isNull();
    }

    @Test
    void aMinistryAskingTheDepartmentsForAReportByADateWithoutYear() {
        List<TaskProposal> tasks = tasks("""
                BỘ KHOA HỌC VÀ CÔNG NGHỆ
                Số: 3001/BKHCN-VP
                V/v báo cáo tổng kết năm 2026
                Hà Nội, ngày 20 tháng 11 năm 2026
                Kính gửi: Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc Trung ương.
                Để chuẩn bị Hội nghị tổng kết công tác năm 2026, Bộ Khoa học và Công nghệ đề nghị các Sở Khoa học và Công \
                nghệ chuẩn bị báo cáo tổng kết công tác năm 2026 và phương hướng năm 2027 (theo đề cương gửi kèm), gửi về Bộ \
                trước ngày 15/12.
                Trân trọng./.
                Nơi nhận:
                - Như trên;
                - Lưu: VT, VP.
                KT. BỘ TRƯỞNG
                THỨ TRƯỞNG
                Trần Văn Cường
                """);
        assertThat(tasks).hasSize(1);
        assertThat(names(tasks.get(0).lead())).containsExactly("các Sở Khoa học và Công nghệ");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(tasks.get(0).product()).isEqualTo("báo cáo tổng kết công tác năm 2026 và phương hướng năm 2027");
    }

    @Test
    void aLetterAskingForReportsSentBackProposesTheIssuersFollowUpAsInferred() {
        String letter = """
                BỘ KHOA HỌC VÀ CÔNG NGHỆ
                Số: 3002/BKHCN-VP
                Hà Nội, ngày 20 tháng 11 năm 2026
                Kính gửi: Sở Khoa học và Công nghệ các tỉnh, thành phố trực thuộc Trung ương.
                Bộ Khoa học và Công nghệ đề nghị các Sở Khoa học và Công nghệ chuẩn bị báo cáo tổng kết công tác năm 2026, \
                gửi về Bộ trước ngày 15/12.
                Trân trọng./.
                Nơi nhận:
                """;
        List<TaskProposal> all = all(letter);
        assertThat(all).hasSize(2);
        TaskProposal followUp = all.get(1);
        assertThat(followUp.inferred()).isTrue();
        assertThat(followUp.text()).isEqualTo("Tổng hợp báo cáo tổng kết công tác năm 2026 của các Sở Khoa học và Công nghệ");
        assertThat(names(followUp.lead())).containsExactly("Bộ Khoa học và Công nghệ");
        assertThat(followUp.span()).as("it points at the clause that implies it").isEqualTo(all.get(0).span());
        assertThat(followUp.deadline().kind()).isNull();

        // sent to another body, or said in the closing, it implies nothing for the issuer
        assertThat(all(letter.replace("gửi về Bộ trước", "gửi về Bộ Tài chính trước"))).noneMatch(TaskProposal::inferred);
        assertThat(all(letter.replace("gửi về Bộ trước ngày 15/12.", "trước ngày 15/12.\nTrong quá trình thực hiện, "
                + "nếu có vướng mắc, đề nghị gửi về Bộ để được hướng dẫn."))).noneMatch(TaskProposal::inferred);
    }

    @Test
    void aRequestToManyBodiesForAReport() {
        List<TaskProposal> tasks = tasks("""
                ỦY BAN DÂN TỘC
                Số: 77/UBDT-VP
                Hà Nội, ngày 05 tháng 10 năm 2026
                Kính gửi: Các bộ, ngành Trung ương; Ủy ban nhân dân các tỉnh, thành phố.
                Thực hiện Chương trình công tác năm 2026, Ủy ban Dân tộc đề nghị các bộ, ngành Trung ương và Ủy ban nhân \
                dân các tỉnh, thành phố xây dựng báo cáo sơ kết 5 năm thực hiện Chương trình, gửi về Ủy ban Dân tộc trong \
                tháng 11/2026.
                Trân trọng./.
                Nơi nhận:
                """);
        assertThat(tasks).hasSize(1);
        assertThat(names(tasks.get(0).lead())).containsExactly("các bộ, ngành Trung ương",
                "Ủy ban nhân dân các tỉnh, thành phố");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void namesAreNotCutAndGroupNamesStayWhole() {
        List<TaskProposal> tasks = tasks(VPCP + """
                Phó Thủ tướng Lê Văn Bình có ý kiến như sau:
                1. Bộ Ngoại giao chủ trì, phối hợp với Viện Nghiên cứu phát triển Thành phố chuẩn bị nội dung làm việc với \
                đoàn, hoàn thành trong tháng 4/2026.
                2. Giao các Tập đoàn, Tổng công ty nhà nước rà soát danh mục dự án, báo cáo Bộ Tài chính trước ngày 15/5/2026.
                """ + SIGNATURE);
        assertThat(tasks).hasSize(2);
        assertThat(names(tasks.get(0).lead())).containsExactly("Bộ Ngoại giao");
        assertThat(names(tasks.get(0).coordinating())).containsExactly("Viện Nghiên cứu phát triển Thành phố");
        assertThat(names(tasks.get(1).lead())).containsExactly("các Tập đoàn, Tổng công ty nhà nước");
    }

    @Test
    void listsAfterCacTinhAndCacCoQuanGiveOneBodyEach() {
        List<TaskProposal> tasks = tasks(VPCP + """
                Phó Thủ tướng Lê Văn Bình có ý kiến như sau:
                1. Giao Ủy ban nhân dân các tỉnh: Quảng Ninh, Lạng Sơn, Cao Bằng kiểm tra việc quản lý khoáng sản trên địa \
                bàn, báo cáo trước ngày 30/4/2026.
                2. Giao các cơ quan: Bộ Công an, Bộ Quốc phòng, Ngân hàng Nhà nước Việt Nam phối hợp chặt chẽ trong việc \
                kiểm soát hàng hóa qua biên giới.
                """ + SIGNATURE);
        assertThat(tasks).hasSize(2);
        assertThat(names(tasks.get(0).lead())).containsExactly("Ủy ban nhân dân tỉnh Quảng Ninh",
                "Ủy ban nhân dân tỉnh Lạng Sơn", "Ủy ban nhân dân tỉnh Cao Bằng");
        assertThat(names(tasks.get(1).lead())).containsExactly("Bộ Công an", "Bộ Quốc phòng", "Ngân hàng Nhà nước Việt Nam");
    }

    /** The header of a conclusion notice of the Government Office. */
    private static String notice(String number, String date, String title) {
        return "VĂN PHÒNG CHÍNH PHỦ\nSố: " + number + "\nHà Nội, " + date + "\nTHÔNG BÁO\n" + title + "\n";
    }

    @Test
    void aConclusionNoticeGivesTheItemsUnderEachBodysLeadInToThatBody() {
        List<TaskProposal> tasks = tasks(notice("45/TB-VPCP", "ngày 20 tháng 02 năm 2026",
                "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG LÊ VĂN BÌNH TẠI BUỔI KIỂM TRA CÔNG TÁC PHÒNG, CHỐNG DỊCH") + """
                Ngày 15 tháng 02 năm 2026, Phó Thủ tướng Lê Văn Bình đã kiểm tra công tác phòng, chống dịch tại tỉnh Quảng Ninh. Sau khi nghe báo cáo, Phó Thủ tướng kết luận như sau:
                1. Đánh giá cao sự nỗ lực của các lực lượng tuyến đầu.
                2. Nhiệm vụ thời gian tới
                Bộ Y tế:
                - Chỉ đạo các bệnh viện tuyến trung ương hỗ trợ chuyên môn cho tỉnh, nhất là dịp cuối năm và đầu năm mới.
                - Chủ trì, phối hợp với Bộ Tài chính hướng dẫn việc thanh toán chi phí xét nghiệm, hoàn thành trước ngày 31/3/2026.
                Ủy ban nhân dân tỉnh Quảng Ninh:
                - Tập trung kiểm soát dịch trong những tháng cuối năm, không để lây lan diện rộng.
                Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.
                Nơi nhận:
                - Như trên;
                KT. BỘ TRƯỞNG, CHỦ NHIỆM
                PHÓ CHỦ NHIỆM
                Nguyễn Văn An
                """);
        assertThat(tasks).hasSize(3);
        assertThat(names(tasks.get(0).lead())).containsExactly("Bộ Y tế");
        assertThat(tasks.get(0).deadline().kind()).as("a priority period is no deadline").isNull();
        assertThat(names(tasks.get(1).lead())).containsExactly("Bộ Y tế");
        assertThat(names(tasks.get(1).coordinating())).containsExactly("Bộ Tài chính");
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(names(tasks.get(2).lead())).containsExactly("Ủy ban nhân dân tỉnh Quảng Ninh");
        assertThat(tasks.get(2).deadline().kind()).isNull();
    }

    @Test
    void aPlanTaskTakesTheLeadCoordinationAndTimeOnTheLinesBeneathIt() {
        List<TaskProposal> tasks = tasks("""
                BỘ THÔNG TIN VÀ TRUYỀN THÔNG
                Số: 12/QĐ-BTTTT
                Hà Nội, ngày 05 tháng 01 năm 2026
                QUYẾT ĐỊNH
                Ban hành Kế hoạch thực hiện Chương trình chuyển đổi số năm 2026
                Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện Chương trình chuyển đổi số năm 2026.
                Điều 2. Quyết định này có hiệu lực từ ngày ký.
                BỘ TRƯỞNG
                Nguyễn Văn Dũng
                KẾ HOẠCH
                (Ban hành kèm theo Quyết định số 12/QĐ-BTTTT ngày 05 tháng 01 năm 2026)
                I. NHIỆM VỤ
                1. Xây dựng cơ sở dữ liệu văn bản chỉ đạo của Bộ.
                - Cơ quan chủ trì: Cục Chuyển đổi số quốc gia.
                - Cơ quan phối hợp: Văn phòng Bộ, Vụ Pháp chế.
                - Thời gian thực hiện: Quý II/2026.
                2. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức.
                - Cơ quan chủ trì: Vụ Tổ chức cán bộ.
                - Cơ quan phối hợp: Học viện Công nghệ Bưu chính Viễn thông.
                - Thời gian thực hiện: Tháng 10/2026.
                """);
        assertThat(tasks).extracting(TaskProposal::text).containsExactly("Xây dựng cơ sở dữ liệu văn bản chỉ đạo của Bộ",
                "Tổ chức tập huấn kỹ năng số cho cán bộ, công chức");
        assertThat(names(tasks.get(0).lead())).containsExactly("Cục Chuyển đổi số quốc gia");
        assertThat(names(tasks.get(0).coordinating())).containsExactly("Văn phòng Bộ", "Vụ Pháp chế");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(names(tasks.get(1).lead())).containsExactly("Vụ Tổ chức cán bộ");
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void quyBoInARequestMeansTheAddressee() {
        List<TaskProposal> tasks = tasks("""
                VĂN PHÒNG CHÍNH PHỦ
                Số: 130/VPCP-KGVX
                V/v báo cáo tình hình thực hiện ý kiến chỉ đạo
                Hà Nội, ngày 12 tháng 3 năm 2026
                Kính gửi: Bộ Y tế
                Ngày 02 tháng 3 năm 2026, Văn phòng Chính phủ có văn bản số 100/VPCP-KGVX yêu cầu quý Bộ chủ trì xây dựng                 Thông tư, báo cáo trước ngày 10/3/2026.
                Văn phòng Chính phủ đề nghị quý Bộ khẩn trương có báo cáo về tình hình thực hiện ý kiến chỉ đạo của Phó Thủ tướng.
                """ + SIGNATURE);
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).text()).startsWith("Văn phòng Chính phủ đề nghị quý Bộ khẩn trương");
        assertThat(names(tasks.get(0).lead())).containsExactly("Bộ Y tế");
    }

    @Test
    void theCasesBeforeThiDoNotLeadTheItem() {
        List<TaskProposal> tasks = tasks("""
                BỘ XÂY DỰNG
                Số: 20/BXD-QLN
                V/v hỗ trợ nhà ở
                Hà Nội, ngày 12 tháng 3 năm 2026
                Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương
                Để bảo đảm tiến độ, Bộ Xây dựng đề nghị Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện                 một số nội dung sau đây:
                1. Đối với các địa phương chưa lập Đề án thì khẩn trương chỉ đạo các cơ quan chức năng lập, phê duyệt Đề án và                 gửi về Bộ Xây dựng trước ngày 30/4/2026.
                2. Đối với các địa phương đã được cấp vốn thì Sở Xây dựng hướng dẫn giải ngân đúng quy định.
                Nơi nhận:
                - Như trên;
                KT. BỘ TRƯỞNG
                THỨ TRƯỞNG
                Nguyễn Văn An
                """);
        assertThat(tasks).hasSize(2);
        assertThat(names(tasks.get(0).lead())).containsExactly("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(names(tasks.get(1).lead())).as("the one named after 'thì' leads").containsExactly("Sở Xây dựng");
    }

    private static final String CHI_THI = """
            THỦ TƯỚNG CHÍNH PHỦ
            Số: 09/CT-TTg
            Hà Nội, ngày 04 tháng 3 năm 2026
            CHỈ THỊ
            Về các nhiệm vụ cấp bách
            Thủ tướng Chính phủ chỉ thị:
            """;

    @Test
    void theTopicsOfOneReportAreNotTasksOfTheirOwn() {
        List<TaskProposal> tasks = tasks(CHI_THI + """
                1. Xử lý vướng mắc về lao động
                Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với các cơ quan, địa phương khẩn trương giải quyết các                 vướng mắc về lao động, báo cáo Thủ tướng Chính phủ trong tháng 5 năm 2026 các vấn đề sau:
                - Tình hình lao động, việc làm trong các doanh nghiệp; có phương án hỗ trợ người lao động bị mất việc làm.
                - Thực trạng và giải pháp quản lý lao động nước ngoài đang làm việc tại Việt Nam.
                2. Đẩy mạnh thông tin truyền thông
                Bộ Thông tin và Truyền thông chủ trì tuyên truyền về các giải pháp nêu tại Chỉ thị này.
                THỦ TƯỚNG
                Nguyễn Văn Bình
                """);
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).text()).startsWith("Bộ Lao động - Thương binh và Xã hội chủ trì")
                .endsWith("đang làm việc tại Việt Nam");
        assertThat(names(tasks.get(0).lead())).containsExactly("Bộ Lao động - Thương binh và Xã hội");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2026, 5, 31));
        assertThat(names(tasks.get(1).lead())).containsExactly("Bộ Thông tin và Truyền thông");
    }

    @Test
    void anItemThatAsksForWorkLeadsTheLettersUnderIt() {
        List<TaskProposal> tasks = tasks(CHI_THI + """
                1. Để thúc đẩy kết nối, chia sẻ dữ liệu giữa các bộ, ngành, thời gian tới, các bộ, ngành cần tập trung triển                 khai các nhiệm vụ trọng tâm sau đây:
                a) Tăng cường thực hiện số hóa, làm giàu cơ sở dữ liệu của mỗi bộ, ngành.
                b) Bộ Công Thương tiếp tục phối hợp với Bộ Tài chính triển khai việc kết nối dữ liệu.
                c) Phân công Phó Thủ tướng Lê Văn Bình sớm tổ chức cuộc họp với Bộ Tài chính để chỉ đạo hoàn thiện dự thảo                 Nghị định, trình Chính phủ trong tháng 10 năm 2026.
                THỦ TƯỚNG
                Nguyễn Văn Bình
                """);
        assertThat(tasks).hasSize(3);
        assertThat(names(tasks.get(0).lead())).containsExactly("các bộ, ngành");
        assertThat(names(tasks.get(1).lead())).containsExactly("Bộ Công Thương");
        assertThat(names(tasks.get(2).lead())).as("a leader the text assigns").containsExactly("Phó Thủ tướng Lê Văn Bình");
        assertThat(tasks.get(2).deadline().date()).isEqualTo(LocalDate.of(2026, 10, 31));
    }

    @Test
    void partiesAndAColonOpenAnItemAndATimeMayOpenAClause() {
        List<TaskProposal> tasks = tasks(CHI_THI + """
                1. Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam: Chủ trì xây dựng các chuyên mục tuyên truyền về Chỉ thị.
                2. Kết thúc năm 2026, Bộ Kế hoạch và Đầu tư báo cáo Thủ tướng Chính phủ kết quả thực hiện Chỉ thị này.
                3. Đề nghị Tổng Liên đoàn Lao động Việt Nam theo thẩm quyền hướng dẫn các công đoàn cơ sở.
                Hằng năm, các bộ, ngành và Ủy ban nhân dân các tỉnh báo cáo kết quả thực hiện về Bộ Kế hoạch và Đầu tư./.
                THỦ TƯỚNG
                Nguyễn Văn Bình
                """);
        assertThat(tasks).hasSize(4);
        assertThat(names(tasks.get(0).lead())).containsExactly("Đài Truyền hình Việt Nam", "Thông tấn xã Việt Nam");
        assertThat(names(tasks.get(1).lead())).containsExactly("Bộ Kế hoạch và Đầu tư");
        assertThat(tasks.get(1).deadline().date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(names(tasks.get(2).lead())).containsExactly("Tổng Liên đoàn Lao động Việt Nam");
        assertThat(tasks.get(3).text()).startsWith("Hằng năm, các bộ, ngành");
        assertThat(names(tasks.get(3).lead())).containsExactly("các bộ, ngành", "Ủy ban nhân dân các tỉnh");
        assertThat(tasks.get(3).deadline().kind()).isEqualTo(vn.nhiemvu.deadline.DeadlineKind.RECURRING);
    }

    @Test
    void theClosingFormulaOfTheLastParagraphIsNoTask() {
        List<TaskProposal> tasks = tasks(CHI_THI + """
                1. Bộ Tài chính chủ trì rà soát các khoản phí, hoàn thành trong quý II năm 2026.
                Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương thực hiện                 nghiêm túc, hiệu quả Chỉ thị này./.
                THỦ TƯỚNG
                Nguyễn Văn Bình
                """);
        assertThat(tasks).extracting(TaskProposal::text).containsExactly("Bộ Tài chính chủ trì rà soát các khoản phí, "
                + "hoàn thành trong quý II năm 2026");
    }

    @Test
    void anInstitutionsNameIsNotCutWhenAnotherNameComesFirst() {
        List<TaskProposal> tasks = tasks("""
                ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH
                Số: 500/KH-UBND
                Thành phố Hồ Chí Minh, ngày 05 tháng 01 năm 2026
                KẾ HOẠCH
                Thực hiện Chương trình chuyển đổi số năm 2026
                I. NHIỆM VỤ
                1. Xây dựng cơ sở dữ liệu văn bản chỉ đạo của Thành phố.
                - Cơ quan chủ trì: Sở Thông tin và Truyền thông.
                - Cơ quan phối hợp: Văn phòng Ủy ban nhân dân Thành phố, Viện Nghiên cứu phát triển Thành phố.
                - Thời gian thực hiện: Quý II/2026.
                """);
        assertThat(tasks).hasSize(1);
        assertThat(names(tasks.get(0).coordinating())).containsExactly("Văn phòng Ủy ban nhân dân Thành phố",
                "Viện Nghiên cứu phát triển Thành phố");
    }

    @Test
    void provincesListedAfterCacTinhAreAskedThroughTheirCommittees() {
        List<TaskProposal> tasks = tasks(VPCP + """
                Phó Thủ tướng Lê Văn Bình có ý kiến như sau:
                Giao các tỉnh: Quảng Ninh, Bình Dương phối hợp với Bộ Công an bảo đảm an ninh trật tự tại các khu công nghiệp.
                """ + SIGNATURE);
        assertThat(tasks).hasSize(1);
        List<Party> lead = tasks.get(0).lead();
        assertThat(names(lead)).as("the directory knows the one committee, not the other")
                .containsExactly("Ủy ban nhân dân tỉnh Quảng Ninh", "tỉnh Bình Dương");
        assertThat(lead.get(0).matched()).isTrue();
        assertThat(lead.get(0).text()).isEqualTo("tỉnh Quảng Ninh");
        assertThat(lead.get(1).matched()).isFalse();
    }

    @Test
    void periodsInsideTitlesAndPriorityPeriodsAreNoDeadlines() {
        List<TaskProposal> tasks = tasks("""
                BỘ TÀI CHÍNH
                Số: 1600/BTC-VP
                V/v thực hiện nhiệm vụ năm 2026
                Hà Nội, ngày 15 tháng 01 năm 2026
                Kính gửi: Các đơn vị thuộc Bộ.
                Bộ Tài chính có ý kiến như sau:
                1. Các đơn vị thuộc Bộ bố trí kinh phí trong Kế hoạch năm 2027 để thực hiện Đề án.
                2. Vụ Ngân sách nhà nước xây dựng Chương trình công tác tháng 3 năm 2026 của Bộ.
                3. Thanh tra Bộ tăng cường kiểm tra, nhất là trong quý IV năm 2026.
                4. Vụ Pháp chế tổ chức Hội nghị tổng kết năm 2026 trong tháng 12.
                Nơi nhận:
                - Như trên;
                BỘ TRƯỞNG
                Nguyễn Văn Thắng
                """);
        assertThat(tasks).hasSize(4);
        assertThat(tasks.get(0).deadline().kind()).as("the year of a plan's title").isNull();
        assertThat(tasks.get(1).deadline().kind()).as("the month of a programme's title").isNull();
        assertThat(tasks.get(2).deadline().kind()).as("a priority period, its year included").isNull();
        assertThat(tasks.get(3).deadline().date()).as("a deadline beside a title's year")
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(tasks.get(3).deadline().text()).isEqualTo("trong tháng 12");
    }

    @Test
    void thePlaceIsReadOnTheDateLineAndTheReportKeepsItsName() {
        Extraction extraction = extractor.extract(VPCP.replace("V/v xử lý kiến nghị của Tỉnh", "V/v kiến nghị của Thành phố Hồ Chí Minh")
                + """
                Phó Thủ tướng Lê Văn Bình có ý kiến như sau:
                Giao Bộ Y tế báo cáo kết quả thực hiện Kế hoạch phòng, chống dịch năm 2026 trước ngày 15/3/2026.
                """ + SIGNATURE, TestDirectory.demo(), new WeekendCalendar(), LocalDate.of(2026, 1, 10));
        assertThat(extraction.document().place()).isEqualTo("Hà Nội");
        assertThat(extraction.tasks().get(0).product()).isEqualTo("báo cáo kết quả thực hiện Kế hoạch phòng, chống dịch năm 2026");
    }

    @Test
    void aConclusionNoticesItemsOpenWithTheirTopic() {
        List<TaskProposal> tasks = tasks(notice("400/TB-VPCP", "ngày 20 tháng 10 năm 2026",
                "KẾT LUẬN CỦA PHÓ THỦ TƯỚNG LÊ VĂN BÌNH TẠI BUỔI LÀM VIỆC VỚI LÃNH ĐẠO TỈNH QUẢNG NINH") + """
                Ngày 10 tháng 10 năm 2026, Phó Thủ tướng Lê Văn Bình đã làm việc với lãnh đạo tỉnh Quảng Ninh. Sau khi nghe \
                báo cáo, Phó Thủ tướng kết luận như sau:
                1. Về các kiến nghị của Tỉnh
                a) Về đầu tư tuyến cao tốc: Giao Bộ Tài chính chủ trì, phối hợp với Bộ Công Thương xem xét, xử lý theo quy \
                định, báo cáo Thủ tướng Chính phủ trong quý IV năm 2026.
                b) Về hỗ trợ nhà ở: Bộ Y tế hướng dẫn Tỉnh thực hiện, nhất là dịp cuối năm và đầu năm mới.
                c) Về cửa khẩu: Đồng ý về nguyên tắc việc nâng cấp cửa khẩu; Ủy ban nhân dân tỉnh Quảng Ninh hoàn thiện hồ \
                sơ, gửi Bộ Ngoại giao trước ngày 30/11/2026.
                """ + SIGNATURE);
        assertThat(tasks).hasSize(3);
        assertThat(tasks.get(0).text()).startsWith("Về đầu tư tuyến cao tốc: Giao Bộ Tài chính");
        assertThat(names(tasks.get(0).lead())).containsExactly("Bộ Tài chính");
        assertThat(names(tasks.get(0).coordinating())).containsExactly("Bộ Công Thương");
        assertThat(tasks.get(0).deadline().date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(names(tasks.get(1).lead())).containsExactly("Bộ Y tế");
        assertThat(tasks.get(1).deadline().kind()).isNull();
        assertThat(names(tasks.get(2).lead())).as("the approval asks nothing; the clause after it does")
                .containsExactly("Ủy ban nhân dân tỉnh Quảng Ninh");
        assertThat(tasks.get(2).deadline().date()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void aListOfProvincesEndingWithVaGivesEachProvince() {
        Extraction extraction = extractor.extract(VPCP.replace("- Ủy ban nhân dân tỉnh Quảng Ninh.",
                "- Ủy ban nhân dân các tỉnh: Hà Giang, Cao Bằng và Quảng Ninh.") + SIGNATURE, TestDirectory.demo(),
                new WeekendCalendar(), LocalDate.of(2026, 1, 10));
        assertThat(names(extraction.document().addressees())).containsExactly("Bộ Kế hoạch và Đầu tư", "Bộ Tài chính",
                "Bộ Xây dựng", "Ủy ban nhân dân tỉnh Hà Giang", "Ủy ban nhân dân tỉnh Cao Bằng",
                "Ủy ban nhân dân tỉnh Quảng Ninh");
    }

    @Test
    void aMinistrysOfficeConveysItsLeadersOpinionAfterWhatCameIn() {
        Extraction extraction = extractor.extract("""
                BỘ TÀI CHÍNH
                VĂN PHÒNG
                Số: 450/VP-TH
                V/v truyền đạt ý kiến chỉ đạo của Thứ trưởng
                Hà Nội, ngày 05 tháng 5 năm 2026
                Kính gửi: Vụ Ngân sách nhà nước.
                Bộ Tài chính nhận được văn bản số 2100/BKHĐT-TH ngày 28/4/2026 của Bộ Kế hoạch và Đầu tư đề nghị góp ý dự \
                thảo Báo cáo tình hình kinh tế - xã hội. Về việc này, Thứ trưởng Nguyễn Văn Minh có ý kiến chỉ đạo như sau: \
                Giao Vụ Ngân sách nhà nước chủ trì, phối hợp với Vụ Pháp chế thống kê các khoản chi (số liệu tính đến ngày \
                30/4/2026), dự thảo văn bản trả lời Bộ Kế hoạch và Đầu tư, trình Lãnh đạo Bộ trước ngày 12/5/2026.
                Văn phòng Bộ thông báo để các đơn vị biết, thực hiện./.
                Nơi nhận:
                - Như trên;
                - Lưu: VT, TH.
                KT. CHÁNH VĂN PHÒNG
                PHÓ CHÁNH VĂN PHÒNG
                Lê Thị Lan
                """, TestDirectory.demo(), new WeekendCalendar(), LocalDate.of(2026, 1, 10));
        assertThat(extraction.document().issuer().name()).isEqualTo("Văn phòng Bộ Tài chính");
        List<TaskProposal> tasks = extraction.tasks().stream().filter(t -> !t.inferred()).toList();
        assertThat(tasks).as("what came in assigns nothing").hasSize(1);
        assertThat(tasks.get(0).text()).startsWith("Giao Vụ Ngân sách nhà nước chủ trì");
        assertThat(names(tasks.get(0).lead())).containsExactly("Vụ Ngân sách nhà nước");
        assertThat(tasks.get(0).deadline().date()).as("the date figures are counted to is no deadline")
                .isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void anItemAskingQuyCoQuanIsTheAddressees() {
        List<TaskProposal> tasks = tasks("""
                BỘ THÔNG TIN VÀ TRUYỀN THÔNG
                Số: 700/BTTTT-VP
                V/v triển khai nhiệm vụ
                Hà Nội, ngày 05 tháng 5 năm 2026
                Kính gửi: Các cơ quan, đơn vị thuộc Bộ.
                Thực hiện chỉ đạo của Bộ trưởng tại cuộc họp giao ban ngày 04/5/2026, Bộ Thông tin và Truyền thông yêu cầu:
                1. Giao các Vụ: Pháp chế, Kế hoạch - Tài chính rà soát dự thảo Thông tư, báo cáo Bộ trưởng trước ngày 20/5/2026.
                2. Đề nghị quý cơ quan, đơn vị tăng cường công tác tuyên truyền, nhất là trong dịp Tết Nguyên đán.
                """ + MINISTRY_SIGNATURE);
        assertThat(tasks).hasSize(2);
        assertThat(names(tasks.get(0).lead())).containsExactly("Vụ Pháp chế", "Vụ Kế hoạch - Tài chính");
        assertThat(names(tasks.get(1).lead())).as("not the 'giao ban' meeting of the lead-in")
                .containsExactly("Các cơ quan, đơn vị thuộc Bộ");
        assertThat(tasks.get(1).deadline().kind()).isNull();
    }

    @Test
    void aDepartmentOfEducationAndTrainingIsNotCutAndVanDeIsNoDe() {
        List<TaskProposal> tasks = tasks("""
                BỘ GIÁO DỤC VÀ ĐÀO TẠO
                Số: 1234/BGDĐT-GDTH
                V/v tổng kết năm học 2025-2026
                Hà Nội, ngày 02 tháng 5 năm 2026
                Kính gửi: Các Sở Giáo dục và Đào tạo.
                Để chuẩn bị tổng kết năm học, Bộ Giáo dục và Đào tạo đề nghị các Sở Giáo dục và Đào tạo chỉ đạo các cơ sở \
                giáo dục tổ chức tổng kết năm học, báo cáo Bộ những vấn đề vượt thẩm quyền trước ngày 15/6/2026.
                """ + MINISTRY_SIGNATURE);
        assertThat(tasks).hasSize(1);
        assertThat(names(tasks.get(0).lead())).containsExactly("các Sở Giáo dục và Đào tạo");
        assertThat(tasks.get(0).product()).isEqualTo("báo cáo Bộ những vấn đề vượt thẩm quyền");
    }
}
