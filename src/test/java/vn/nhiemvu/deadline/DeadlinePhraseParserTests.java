package vn.nhiemvu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.support.WeekendCalendar;

/**
 * Real deadline phrases, each with the date, kind and exact stretch of text the parser must find.
 * The reference is the date of the document the phrase comes from.
 *
 * <p>Sources: the five seed documents (../shared/seeds: Chỉ thị 75/CT-BTTTT 03/11/2020, the news
 * item of 18/11/2020, Nghị quyết 105/NQ-CP 14/7/2020 as reported on 04/8/2020, Công văn
 * 50/BTTTT-CĐSQG 09/01/2024, the draft letter of 12/2020); the demo data's deadline texts; and
 * public texts: Công văn 9061/VPCP-CN 20/11/2023 (hethongphapluat.com), Thông tư 02/2023/TT-BTTTT
 * Điều on report deadlines (thuvienphapluat.vn), Thông tư 03/2015/TT-BTTTT as quoted by
 * ppdvn.gov.vn, Công văn 2618/BHXH-KHTC 28/6/2010 (vanbanphapluat.co), Thông báo 304/TB-VPCP
 * 02/8/2023 (thuvienphapluat.vn), Kế hoạch 130/KH-UBND Ninh Bình 13/7/2022 (hethongphapluat.vn),
 * Chỉ thị 16/2001/CT-TTg (luatvietnam.vn), Nghị quyết 85/NQ-CP 09/7/2022, 127/NQ-CP 08/10/2021 and
 * 41/NQ-CP 01/4/2021, nhandan.vn 25/01/2022, Bình Định's public-service procedure 34822
 * (dichvucong.binhdinh.gov.vn), Nghị định 09/2019/NĐ-CP Điều 13 (thuviennhadat.vn). Lines marked
 * "form" are the same real phrases written the other ways directives write them.
 */
class DeadlinePhraseParserTests {

    /** reference | text | date (- for none) | kind | the matched text | recurrence (RECURRING only) */
    private static final String CASES = """
            # issue 19: a recurrence that opens a clause is a duty, not a title (NotADeadline)
            2026-01-10 | Báo cáo hằng năm về tình hình thực hiện Kế hoạch | 2026-12-31 | RECURRING | hằng năm | YEARLY
            # issue 19: a period with its own deadline word after a title is still a deadline
            2026-01-10 | trình Thủ tướng Chính phủ Đề án phát triển nhân lực trong năm 2026 | 2026-12-31 | END_OF_YEAR | trong năm 2026
            2026-01-10 | tổ chức Hội nghị tổng kết năm 2026 trong tháng 12 | 2026-12-31 | END_OF_MONTH | trong tháng 12
            2026-05-05 | số liệu tính đến ngày 30/4/2026, gửi về Bộ trước ngày 31/5/2026 | 2026-05-31 | EXACT | trước ngày 31/5/2026
            # Chỉ thị 75/CT-BTTTT (seed 000)
            2020-11-03 | chậm nhất trước ngày 10 tháng 11 năm 2020 | 2020-11-10 | EXACT | chậm nhất trước ngày 10 tháng 11 năm 2020
            2020-11-03 | Thủ trưởng cơ quan, đơn vị chủ trì nhiệm vụ cần khẩn trương đề xuất phương án giải quyết, cách thức xử lý và báo cáo xin ý kiến chỉ đạo trực tiếp của Bộ trưởng và Lãnh đạo Bộ chậm nhất trước ngày 10 tháng 11 năm 2020. | 2020-11-10 | EXACT | chậm nhất trước ngày 10 tháng 11 năm 2020
            2020-11-03 | Từ nay đến hết năm 2020 đảm bảo 100% các nhiệm vụ thuộc Chương trình công tác của Chính phủ | 2020-12-31 | END_OF_YEAR | đến hết năm 2020
            2020-11-03 | Kế hoạch phát triển kinh tế - xã hội 5 năm, giai đoạn 2021-2025 | 2025-12-31 | END_OF_PERIOD | giai đoạn 2021-2025
            2020-11-03 | Chiến lược phát triển kinh tế - xã hội 10 năm, giai đoạn 2021-2030 | 2030-12-31 | END_OF_PERIOD | giai đoạn 2021-2030
            2020-11-03 | Chương trình Chuyển đổi số quốc gia từ nay đến năm 2025, định hướng đến năm 2030 | 2025-12-31 | END_OF_YEAR | đến năm 2025
            2020-11-03 | Chủ động phối hợp, hỗ trợ các cơ quan, đơn vị thuộc Bộ rà soát, phát hiện các khó khăn, vướng mắc trong việc thực hiện nhiệm vụ được giao, kịp thời báo cáo xin ý kiến chỉ đạo | - | ONGOING | kịp thời
            # news of 18/11/2020 (seed 001)
            2020-11-18 | Ngày 18/11, Thứ trưởng Nguyễn Thanh Tịnh đã có buổi làm việc với các đơn vị thuộc Bộ | 2020-11-18 | EXACT | Ngày 18/11
            2020-11-18 | Trong năm 2021 sẽ có nhiều khó khăn trong việc thực hiện nhiệm vụ cải cách hành chính | 2021-12-31 | END_OF_YEAR | Trong năm 2021
            2020-11-18 | rà soát các nhiệm vụ theo dự thảo Chỉ số cải cách hành chính năm 2020 | 2020-12-31 | END_OF_YEAR | năm 2020
            # Nghị quyết 105/NQ-CP (seed 002)
            2020-07-14 | Khẩn trương triển khai Nền tảng tích hợp, chia sẻ dữ liệu cấp bộ, cấp tỉnh và kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia để chia sẻ, khai thác dữ liệu, hoàn thành trong tháng 9 năm 2020. | 2020-09-30 | END_OF_MONTH | hoàn thành trong tháng 9 năm 2020
            2020-07-14 | Các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân cấp tỉnh hoàn thành mô hình bảo đảm an toàn thông tin 4 lớp theo hướng dẫn của Bộ Thông tin và Truyền thông trước ngày 30 tháng 9 năm 2020. | 2020-09-30 | EXACT | trước ngày 30 tháng 9 năm 2020
            2020-07-14 | chuẩn hóa, điện tử hóa các báo cáo gửi Thủ tướng Chính phủ, Chính phủ, Quốc hội, Ủy ban Thường vụ Quốc hội tích hợp với Hệ thống thông tin báo cáo Chính phủ, hoàn thành trong tháng 12 năm 2020. | 2020-12-31 | END_OF_MONTH | hoàn thành trong tháng 12 năm 2020
            2020-07-14 | Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng Chính phủ hướng dẫn các địa phương điện tử hóa các chỉ tiêu thống kê theo Quyết định số 54/2016/QĐ-TTg ngày 19 tháng 12 năm 2016 của Thủ tướng Chính phủ, hoàn thành trong quý III năm 2020. | 2020-09-30 | END_OF_QUARTER | hoàn thành trong quý III năm 2020
            2020-07-14 | Xây dựng Chương trình Chuyển đổi số và ban hành trong năm 2020, tăng chi tiêu cho chuyển đổi số để thu hút các doanh nghiệp tập trung đầu tư. | 2020-12-31 | END_OF_YEAR | trong năm 2020
            2020-07-14 | Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ; hoàn thành trong năm 2020 | 2020-12-31 | END_OF_YEAR | hoàn thành trong năm 2020
            # Công văn 50/BTTTT-CĐSQG (seed 003)
            2024-01-09 | gửi Bộ Thông tin và Truyền thông trước ngày 15/01/2024 (thứ Hai) để tổng hợp, xem xét, xây dựng kế hoạch hành động tổng thể | 2024-01-15 | EXACT | trước ngày 15/01/2024
            2024-01-09 | Hà Nội, ngày 09 tháng 01 năm 2024 | 2024-01-09 | EXACT | ngày 09 tháng 01 năm 2024
            2024-01-09 | Kiện toàn tổ chức bộ máy, nâng cao năng lực quản lý nhà nước và thực thi pháp luật về chuyển đổi số từ Trung ương đến địa phương đến năm 2025, định hướng đến năm 2030 | 2025-12-31 | END_OF_YEAR | đến năm 2025
            # the draft letter of 12/2020 (seed 004)
            2020-12-15 | Hà Nội, ngày      tháng 12  năm 2020 | 2020-12-31 | END_OF_MONTH | tháng 12  năm 2020
            2020-12-15 | a) Rà soát văn bản được tiến hành thường xuyên ngay khi có căn cứ rà soát văn bản để kịp thời đình chỉ việc thi hành | - | ONGOING | thường xuyên
            2020-12-15 | a) Triển khai hệ thống thông tin cho phép thực hiện giám sát thường xuyên, liên tục đối với các đối tượng thuộc phạm vi quản lý; | - | ONGOING | thường xuyên
            2020-12-15 | a) Định kỳ hàng năm xây dựng kế hoạch, bố trí nguồn lực thực hiện công tác đào tạo, tập huấn thường xuyên; | 2020-12-31 | RECURRING | Định kỳ hàng năm | YEARLY
            2020-12-15 | kế hoạch phát triển dài hạn (thường là 5 năm), trung hạn (thường là 3 đến 5 năm) và hàng năm. | 2020-12-31 | RECURRING | hàng năm | YEARLY
            2020-12-15 | Đào tạo, tập huấn lại và đào tạo, tập huấn mới để nâng cao kiến thức, kỹ năng là nhiệm vụ mang tính thường xuyên, liên tục. | - | ONGOING | thường xuyên
            # the demo data's deadline texts
            2020-07-14 | hoàn thành trong tháng 9 năm 2020 | 2020-09-30 | END_OF_MONTH | hoàn thành trong tháng 9 năm 2020
            2020-07-14 | trước ngày 30 tháng 9 năm 2020 | 2020-09-30 | EXACT | trước ngày 30 tháng 9 năm 2020
            2020-07-14 | hoàn thành trong tháng 12 năm 2020 | 2020-12-31 | END_OF_MONTH | hoàn thành trong tháng 12 năm 2020
            2020-07-14 | ban hành trong năm 2020 | 2020-12-31 | END_OF_YEAR | trong năm 2020
            2020-07-14 | hoàn thành trong quý III năm 2020 | 2020-09-30 | END_OF_QUARTER | hoàn thành trong quý III năm 2020
            2024-01-09 | trước ngày 15/01/2024 (thứ Hai) | 2024-01-15 | EXACT | trước ngày 15/01/2024
            2020-11-03 | kịp thời | - | ONGOING | kịp thời
            2020-12-15 | thường xuyên | - | ONGOING | thường xuyên
            2020-07-14 | tiếp tục; kịp thời | - | ONGOING | kịp thời
            2020-12-15 | thường xuyên, liên tục | - | ONGOING | thường xuyên
            2020-12-15 | định kỳ hàng năm | 2020-12-31 | RECURRING | định kỳ hàng năm | YEARLY
            2020-12-15 | định kỳ hàng năm; thường xuyên, liên tục | 2020-12-31 | RECURRING | định kỳ hàng năm | YEARLY
            # Công văn 9061/VPCP-CN
            2023-11-20 | khẩn trương hoàn thiện các đề án, bảo đảm chất lượng, báo cáo Thủ tướng Chính phủ chậm nhất trước ngày 20 tháng 12 năm 2023. | 2023-12-20 | EXACT | chậm nhất trước ngày 20 tháng 12 năm 2023
            2023-11-20 | Thời gian từ nay đến cuối năm 2023 không còn nhiều | 2023-12-31 | END_OF_YEAR | đến cuối năm 2023
            # Thông tư 02/2023/TT-BTTTT: report deadlines, day written out in words
            2023-06-01 | Chậm nhất ngày 15 (mười lăm) của tháng báo cáo đối với báo cáo định kỳ hằng tháng; | 2023-06-30 | RECURRING | định kỳ hằng tháng | MONTHLY
            2023-06-01 | Chậm nhất ngày 08 (tám) của tháng cuối quý đối với báo cáo định kỳ hằng quý, | 2023-06-08 | RECURRING | Chậm nhất ngày 08 (tám) của tháng cuối quý | QUARTERLY:8:3
            2023-06-01 | Chậm nhất ngày 06 (sáu) tháng 06 (sáu) đối với báo cáo định kỳ 06 (sáu) tháng; | 2023-06-06 | EXACT | Chậm nhất ngày 06 (sáu) tháng 06 (sáu)
            2023-06-10 | Chậm nhất ngày 08 (tám) tháng 06 (sáu) đối với báo cáo định kỳ 06 (sáu) tháng | 2024-06-08 | EXACT | Chậm nhất ngày 08 (tám) tháng 06 (sáu)
            2023-06-01 | Chậm nhất ngày 27 (hai mươi bảy) tháng 11 (mười một) đối với báo cáo định kỳ hằng năm. | 2023-11-27 | EXACT | Chậm nhất ngày 27 (hai mươi bảy) tháng 11 (mười một)
            # Thông tư 03/2015/TT-BTTTT
            2015-01-01 | Báo cáo 6 tháng đầu năm gửi trước ngày 10/07 của năm báo cáo | 2015-07-10 | EXACT | trước ngày 10/07
            2015-01-01 | Báo cáo cả năm gửi trước ngày 10/01 của năm liền kề năm báo cáo. | 2015-01-10 | EXACT | trước ngày 10/01
            2015-01-01 | Số liệu báo cáo 6 tháng đầu năm tính từ ngày 01/01 đến ngày 30/06 của năm báo cáo | 2015-06-30 | EXACT | đến ngày 30/06
            # Công văn 2618/BHXH-KHTC
            2010-06-28 | gửi về Bảo hiểm xã hội Việt Nam trước ngày 28 hàng tháng. | 2010-06-28 | RECURRING | trước ngày 28 hàng tháng | MONTHLY:28
            2010-06-29 | gửi về Bảo hiểm xã hội Việt Nam trước ngày 28 hàng tháng. | 2010-07-28 | RECURRING | trước ngày 28 hàng tháng | MONTHLY:28
            # Thông báo 304/TB-VPCP
            2023-08-02 | trình bày báo cáo công tác CCHC 6 tháng đầu năm 2023 | 2023-06-30 | END_OF_HALF | 6 tháng đầu năm 2023
            2023-08-02 | phương hướng, nhiệm vụ 6 tháng cuối năm 2023 của Ban Chỉ đạo | 2023-12-31 | END_OF_HALF | 6 tháng cuối năm 2023
            # Kế hoạch 130/KH-UBND Ninh Bình
            2022-07-13 | Kiểm tra, giám sát, đánh giá kết quả thực hiện Chương trình phải được thực hiện định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ hoặc đột xuất khi cần thiết. | 2022-12-31 | RECURRING | định kỳ 6 tháng | HALF_YEARLY
            2022-07-13 | Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 | 2025-12-31 | END_OF_PERIOD | giai đoạn 2021 - 2025
            # Chỉ thị 16/2001/CT-TTg
            2001-06-21 | nên 6 tháng đầu năm 2001 nền kinh tế vẫn duy trì được nhịp độ tăng trưởng khá | 2001-06-30 | END_OF_HALF | 6 tháng đầu năm 2001
            2001-06-21 | phương hướng, nhiệm vụ kế hoạch phát triển kinh tế - xã hội 5 năm 2001 - 2005 | 2005-12-31 | END_OF_PERIOD | 2001 - 2005
            # Nghị quyết 85/NQ-CP, 127/NQ-CP; nhandan.vn 25/01/2022
            2022-07-09 | phương hướng, nhiệm vụ và giải pháp trọng tâm 6 tháng cuối năm | 2022-12-31 | END_OF_HALF | 6 tháng cuối năm
            2021-10-08 | Trong tháng 9, dưới sự lãnh đạo, chỉ đạo sâu sát | 2022-09-30 | END_OF_MONTH | Trong tháng 9
            2022-01-25 | yêu cầu thành viên Tổ công tác tập trung chỉ đạo những công việc phải hoàn thành trong quý I/2022 | 2022-03-31 | END_OF_QUARTER | phải hoàn thành trong quý I/2022
            2022-01-25 | Kế hoạch triển khai Đề án từ 2022-2025 | 2025-12-31 | END_OF_PERIOD | từ 2022-2025
            # Bình Định, thủ tục 34822: N working days from the reference
            2025-06-02 | Trong thời hạn 01 ngày làm việc, Bộ phận Tiếp nhận và Trả kết quả giải quyết thủ tục hành chính kiểm tra thành phần hồ sơ | 2025-06-03 | RELATIVE | Trong thời hạn 01 ngày làm việc
            # form: exact dates written every way
            2020-07-14 | 30/9/2020 | 2020-09-30 | EXACT | 30/9/2020
            2020-07-14 | 30/09/2020 | 2020-09-30 | EXACT | 30/09/2020
            2020-07-14 | ngày 30 tháng 9 năm 2020 | 2020-09-30 | EXACT | ngày 30 tháng 9 năm 2020
            2020-07-14 | 30-9-2020 | 2020-09-30 | EXACT | 30-9-2020
            2020-07-14 | 30.9.2020 | 2020-09-30 | EXACT | 30.9.2020
            2020-07-14 | 2020-09-30 | 2020-09-30 | EXACT | 2020-09-30
            2020-09-01 | ngày 30/9 | 2020-09-30 | EXACT | ngày 30/9
            2020-09-30 | ngày 30/9 | 2020-09-30 | EXACT | ngày 30/9
            2020-11-03 | ngày 30/9 | 2021-09-30 | EXACT | ngày 30/9
            2020-10-01 | ngày 15 tháng 10 | 2020-10-15 | EXACT | ngày 15 tháng 10
            2020-07-14 | Ngày 30 Tháng 9 Năm 2020 | 2020-09-30 | EXACT | Ngày 30 Tháng 9 Năm 2020
            2020-07-14 | TRƯỚC NGÀY 30/9/2020 | 2020-09-30 | EXACT | TRƯỚC NGÀY 30/9/2020
            2020-07-14 | truoc ngay 30 thang 9 nam 2020 | 2020-09-30 | EXACT | truoc ngay 30 thang 9 nam 2020
            2020-07-14 | chậm nhất ngày 30/9/2020 | 2020-09-30 | EXACT | chậm nhất ngày 30/9/2020
            2020-07-14 | chậm nhất là ngày 20/10/2020 | 2020-10-20 | EXACT | chậm nhất là ngày 20/10/2020
            2020-07-14 | đến ngày 31/12/2020 | 2020-12-31 | EXACT | đến ngày 31/12/2020
            2020-07-14 | hoàn thành ngày 31/12/2020 | 2020-12-31 | EXACT | hoàn thành ngày 31/12/2020
            2020-07-14 | hoàn thành trước 30/11/2020 | 2020-11-30 | EXACT | hoàn thành trước 30/11/2020
            2020-07-14 | Thời hạn hoàn thành: 31/12/2020 | 2020-12-31 | EXACT | Thời hạn hoàn thành: 31/12/2020
            2020-07-14 | Hạn chót: 15/10/2020 | 2020-10-15 | EXACT | Hạn chót: 15/10/2020
            2020-07-14 | trình Thủ tướng Chính phủ trước 16 giờ ngày 15/10/2020 | 2020-10-15 | EXACT | trước 16 giờ ngày 15/10/2020
            2020-07-14 | ngày 30/09/2020 và 15/10/2020 | 2020-09-30 | EXACT | ngày 30/09/2020
            2020-07-14 | trước ngày 30/9/2020 hoặc trong tháng 10 | 2020-09-30 | EXACT | trước ngày 30/9/2020
            # form: months, quarters, halves, years, periods
            2020-07-14 | tháng 12/2020 | 2020-12-31 | END_OF_MONTH | tháng 12/2020
            2020-07-14 | tháng 12-2020 | 2020-12-31 | END_OF_MONTH | tháng 12-2020
            2020-07-14 | trong tháng 12 năm 2020 | 2020-12-31 | END_OF_MONTH | trong tháng 12 năm 2020
            2020-10-01 | trong tháng này | 2020-10-31 | END_OF_MONTH | trong tháng này
            2020-10-01 | trong tháng tới | 2020-11-30 | END_OF_MONTH | trong tháng tới
            2020-07-14 | trong quý III năm 2020 | 2020-09-30 | END_OF_QUARTER | trong quý III năm 2020
            2020-07-14 | quy III nam 2020 | 2020-09-30 | END_OF_QUARTER | quy III nam 2020
            2020-07-14 | quý 3/2020 | 2020-09-30 | END_OF_QUARTER | quý 3/2020
            2020-07-14 | quý III/2020 | 2020-09-30 | END_OF_QUARTER | quý III/2020
            2020-07-14 | QUÝ IV/2020 | 2020-12-31 | END_OF_QUARTER | QUÝ IV/2020
            2020-07-14 | hoan thanh trong quy iv nam 2020 | 2020-12-31 | END_OF_QUARTER | hoan thanh trong quy iv nam 2020
            2020-10-01 | Trình Chính phủ trong Quý II năm 2021 | 2021-06-30 | END_OF_QUARTER | trong Quý II năm 2021
            2020-10-01 | cuối quý | 2020-12-31 | END_OF_QUARTER | cuối quý
            2020-11-03 | 6 tháng đầu năm 2021 | 2021-06-30 | END_OF_HALF | 6 tháng đầu năm 2021
            2020-11-03 | 6 tháng cuối năm | 2020-12-31 | END_OF_HALF | 6 tháng cuối năm
            2020-11-03 | giữa năm 2021 | 2021-06-30 | END_OF_HALF | giữa năm 2021
            2020-11-03 | giữa năm | 2021-06-30 | END_OF_HALF | giữa năm
            2020-11-03 | trong năm 2021 | 2021-12-31 | END_OF_YEAR | trong năm 2021
            2020-11-03 | năm 2021 | 2021-12-31 | END_OF_YEAR | năm 2021
            2020-11-03 | cuối năm | 2020-12-31 | END_OF_YEAR | cuối năm
            2020-11-03 | trong năm tới | 2021-12-31 | END_OF_YEAR | trong năm tới
            2020-11-03 | giai đoạn 2021–2025 | 2025-12-31 | END_OF_PERIOD | giai đoạn 2021–2025
            2020-11-03 | 2021-2025 | 2025-12-31 | END_OF_PERIOD | 2021-2025
            # form: N days, working days, months; weeks (weekend-only calendar, dates without holidays)
            2020-10-01 | trong 10 ngày làm việc kể từ ngày 05/10/2020 | 2020-10-19 | RELATIVE | trong 10 ngày làm việc kể từ ngày 05/10/2020
            2020-10-01 | trong 10 ngày kể từ ngày 05/10/2020 | 2020-10-15 | RELATIVE | trong 10 ngày kể từ ngày 05/10/2020
            2020-10-01 | trong vòng 15 ngày | 2020-10-16 | RELATIVE | trong vòng 15 ngày
            2020-10-01 | trong vòng 30 ngày kể từ ngày ký | 2020-10-31 | RELATIVE | trong vòng 30 ngày kể từ ngày ký
            2020-10-01 | trong thời hạn 07 ngày làm việc kể từ ngày 01/10/2020 | 2020-10-12 | RELATIVE | trong thời hạn 07 ngày làm việc kể từ ngày 01/10/2020
            2020-10-01 | trong 03 tháng kể từ ngày 15/10/2020 | 2021-01-15 | RELATIVE | trong 03 tháng kể từ ngày 15/10/2020
            2020-10-07 | trong tuần | 2020-10-09 | WEEK | trong tuần
            2020-10-07 | tuần sau | 2020-10-16 | WEEK | tuần sau
            2020-10-07 | báo cáo kết quả trong tuần này | 2020-10-09 | WEEK | trong tuần này
            # form: recurring
            2020-10-07 | trước ngày 15 hằng tháng | 2020-10-15 | RECURRING | trước ngày 15 hằng tháng | MONTHLY:15
            2020-10-20 | trước ngày 15 hằng tháng | 2020-11-15 | RECURRING | trước ngày 15 hằng tháng | MONTHLY:15
            2020-10-20 | hằng tháng | 2020-10-31 | RECURRING | hằng tháng | MONTHLY
            2020-10-20 | định kỳ hằng quý | 2020-12-31 | RECURRING | định kỳ hằng quý | QUARTERLY
            2020-10-20 | hằng năm | 2020-12-31 | RECURRING | hằng năm | YEARLY
            2020-10-20 | 6 tháng | 2020-12-31 | RECURRING | 6 tháng | HALF_YEARLY
            2020-10-20 | 6 tháng một lần | 2020-12-31 | RECURRING | 6 tháng một lần | HALF_YEARLY
            2020-10-01 | ngày 20/12 hằng năm | 2020-12-20 | RECURRING | ngày 20/12 hằng năm | YEARLY:20:12
            2020-11-03 | thứ Sáu hằng tuần | 2020-11-06 | RECURRING | thứ Sáu hằng tuần | WEEKLY:FRIDAY
            2020-10-01 | liên tục | - | ONGOING | liên tục
            # form: words that fold alike ("sau" after / "sáu" six, "năm" year / "Nam" south)
            2020-10-01 | sau 10 ngày kể từ ngày 05/10/2020 | 2020-10-15 | RELATIVE | sau 10 ngày kể từ ngày 05/10/2020
            2020-10-20 | họp vào thứ Sáu 6 tháng một lần | 2020-12-31 | RECURRING | 6 tháng một lần | HALF_YEARLY
            2020-10-20 | Diễn đàn Cấp cao Công nghệ thông tin Việt Nam 2020, hoàn thành trong tháng 12 | 2020-12-31 | END_OF_MONTH | hoàn thành trong tháng 12
            """;

    private static final String NOT_UNDERSTOOD = """
            # issue 19: a recurrence inside a title, a priority period (NotADeadline, ADR 0036)
            2024-01-09 | lồng ghép nội dung thực hiện vào Kế hoạch Chuyển đổi số hằng năm của bộ, ngành, địa phương
            2001-06-21 | nhiệm vụ còn lại của những tháng cuối năm 2001 hết sức nặng nề
            2026-11-20 | tăng cường kiểm tra, nhất là dịp cuối năm và đầu năm mới
            2026-11-20 | tập trung chỉ đạo trong những tháng cuối năm
            # issue 19: a priority period leaves no year behind; a period inside a title (NotADeadline)
            2026-01-10 | tăng cường kiểm tra, nhất là trong quý IV năm 2026
            2026-01-10 | bố trí kinh phí trong Kế hoạch năm 2027 để thực hiện Đề án
            2026-01-10 | xây dựng Chương trình công tác tháng 3 năm 2026 của Bộ
            2026-05-05 | thống kê số lượng công chức (số liệu tính đến ngày 30/4/2026) theo biểu mẫu
            2026-05-05 | đánh giá kết quả thực hiện tính đến hết năm 2025
            # no date in them
            2020-11-03 | sớm
            2020-11-03 | khi có yêu cầu
            2020-11-03 | khẩn trương
            2020-11-03 | định kỳ
            2020-11-03 | b) Định kỳ thống kê, xếp hạng và công bố công khai kết quả đánh giá mức độ phát triển.
            2020-11-03 | trước khi trình Bộ trưởng, Lãnh đạo Bộ ký trình các cơ quan cấp trên
            2024-01-09 | đáp ứng yêu cầu tiến độ
            2024-01-09 | trong quá trình thực hiện
            2020-11-03 | Lorem ipsum dolor sit amet, consectetur adipiscing elit
            2020-11-03 | Bộ Thông tin và Truyền thông
            # impossible dates
            2020-11-03 | 31/2/2020
            2020-11-03 | ngày 31 tháng 2 năm 2020
            2020-11-03 | trước ngày 31/02/2020, hoàn thành trong năm 2020
            2020-11-03 | ngày 32/1/2020
            2020-11-03 | ngày 15/13/2020
            2020-11-03 | ngày 15/10/1800
            2020-11-03 | ngày 30/2 hằng năm
            2021-03-01 | ngày 29/2
            2020-11-03 | ngày 30 tháng 9 năm 202015
            2020-11-03 | hoàn thành trong tháng 9/20
            # a deadline word that names no end, or an event without a date
            2020-11-03 | trước tháng 12/2020
            2020-11-03 | đầu năm 2021
            2020-11-03 | giữa tháng 10
            2021-04-01 | tình hình kinh tế - xã hội tháng 3 và 3 tháng đầu năm 2021
            2025-06-02 | trong thời hạn không quá 03 ngày làm việc kể từ ngày nhận được hồ sơ
            2019-01-24 | gửi báo cáo định kỳ cho Chính phủ, Thủ tướng Chính phủ chậm nhất vào ngày 25 của tháng cuối kỳ báo cáo
            2020-11-03 | trong 2-3 ngày
            2020-11-03 | 2 tuần sau khi nhận được văn bản
            # citations and numbers that are not deadlines
            2020-11-03 | Quyết định số 749/QĐ-TTg ngày 03/6/2020
            2020-08-04 | Chính phủ đã ban hành Nghị quyết số 105NQ-CP ngày 14/7/2020.
            2020-11-18 | theo quy định tại Nghị định số 101/2020/NĐ-CP ngày 28/8/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 123/2016/NĐ-CP ngày 01 tháng 9 năm 2016
            2024-01-09 | điện thoại: 0383.199.885
            2021-12-31 | 2,2 % = 35/1.589
            2020-11-03 | trực 24/7
            2020-11-03 | Triển lãm Chuyển đổi số Việt Nam 2020
            """;

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final WeekendCalendar calendar = new WeekendCalendar();

    static Stream<Arguments> cases() {
        return rows(CASES).map(r -> Arguments.of(LocalDate.parse(r[0]), r[1], r[2].equals("-") ? null : LocalDate.parse(r[2]),
                DeadlineKind.valueOf(r[3]), r[4], r.length > 5 ? r[5] : null));
    }

    static Stream<Arguments> notUnderstood() {
        return rows(NOT_UNDERSTOOD).map(r -> Arguments.of(LocalDate.parse(r[0]), r[1]));
    }

    private static Stream<String[]> rows(String table) {
        return table.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .map(l -> l.split("\\s*\\|\\s*"));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2} {3}")
    @MethodSource("cases")
    void understandsRealPhrases(LocalDate reference, String text, LocalDate date, DeadlineKind kind, String matched,
            String recurrence) {
        DeadlinePhrase result = parser.parse(text, reference, calendar);

        assertThat(result).isInstanceOf(DeadlinePhrase.Understood.class);
        var understood = (DeadlinePhrase.Understood) result;
        assertThat(understood.date()).isEqualTo(date);
        assertThat(understood.kind()).isEqualTo(kind);
        int start = text.indexOf(matched);
        assertThat(start).as("the expected match is in the text").isNotNegative();
        assertThat(understood.span()).isEqualTo(new Span(start, start + matched.length()));
        assertThat(understood.recurrence() == null ? null : compact(understood.recurrence())).isEqualTo(recurrence);
        assertThat(understood.normalizedText()).isNotBlank();
    }

    @ParameterizedTest(name = "[{0}] {1}")
    @MethodSource("notUnderstood")
    void refusesToGuess(LocalDate reference, String text) {
        assertThat(parser.parse(text, reference, calendar)).isEqualTo(DeadlinePhrase.NOT_UNDERSTOOD);
    }

    @Test
    void hasEnoughRealCases() {
        assertThat(cases().count()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void emptyAndMissingTextsAreNotUnderstood() {
        LocalDate reference = LocalDate.of(2020, 11, 3);
        assertThat(parser.parse(null, reference, calendar).understood()).isFalse();
        assertThat(parser.parse("", reference, calendar).understood()).isFalse();
        assertThat(parser.parse(" \n\t ", reference, calendar).understood()).isFalse();
    }

    @Test
    void spansPointIntoTheOriginalTextWhateverItsUnicodeForm() {
        String composed = "Hoàn thành trước ngày 30 tháng 9 năm 2020 theo kế hoạch";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        String phrase = Normalizer.normalize("trước ngày 30 tháng 9 năm 2020", Normalizer.Form.NFD);
        var result = (DeadlinePhrase.Understood) parser.parse(decomposed, LocalDate.of(2020, 7, 14), calendar);

        assertThat(result.date()).isEqualTo(LocalDate.of(2020, 9, 30));
        assertThat(result.span().of(decomposed)).isEqualTo(Normalizer.normalize("Hoàn thành ", Normalizer.Form.NFD)
                + phrase);
    }

    @Test
    void normalizedTextSaysWhatWasUnderstood() {
        LocalDate reference = LocalDate.of(2020, 10, 1);
        assertThat(normalized("trong quý III năm 2020", reference)).isEqualTo("cuối quý III/2020");
        assertThat(normalized("truoc ngay 30/9/2020", reference)).isEqualTo("ngày 30/09/2020");
        assertThat(normalized("trong 10 ngày làm việc kể từ ngày 05/10/2020", reference))
                .isEqualTo("10 ngày làm việc kể từ ngày 05/10/2020");
        assertThat(normalized("trước ngày 15 hằng tháng", reference)).isEqualTo("hằng tháng, ngày 15");
        assertThat(normalized("giai đoạn 2021-2025", reference)).isEqualTo("giai đoạn 2021–2025");
    }

    /** Cross-check with the demo data, entered by hand: wherever a task has both, the parser agrees. */
    @Test
    void agreesWithTheDeadlinesEnteredByHandInTheDemoData() throws Exception {
        JsonNode directives;
        try (InputStream in = getClass().getResourceAsStream("/demo/directives.json")) {
            directives = JsonMapper.builder().build().readTree(in);
        }
        var checked = new ArrayList<String>();
        for (JsonNode directive : directives) {
            LocalDate issued = LocalDate.parse(directive.get("issueDate").asString());
            for (JsonNode task : directive.get("tasks")) {
                JsonNode text = task.get("deadlineText");
                if (text == null || text.isNull()) {
                    continue;
                }
                DeadlinePhrase result = parser.parse(text.asString(), issued, calendar);
                JsonNode deadline = task.get("deadline");
                if (deadline != null && !deadline.isNull()) {
                    assertThat(result).as(text.asString()).isInstanceOf(DeadlinePhrase.Understood.class);
                    assertThat(((DeadlinePhrase.Understood) result).date()).as(text.asString())
                            .isEqualTo(LocalDate.parse(deadline.asString()));
                } else if (result instanceof DeadlinePhrase.Understood understood) {
                    assertThat(understood.kind()).as(text.asString()).isIn(DeadlineKind.ONGOING, DeadlineKind.RECURRING);
                }
                checked.add(text.asString());
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(20);
    }

    private String normalized(String text, LocalDate reference) {
        return ((DeadlinePhrase.Understood) parser.parse(text, reference, calendar)).normalizedText();
    }

    /** "MONTHLY", "MONTHLY:15", "QUARTERLY:8:3", "YEARLY:20:12", "WEEKLY:FRIDAY". */
    private static String compact(Recurrence r) {
        List<String> parts = new ArrayList<>(List.of(r.frequency().name()));
        if (r.dayOfWeek() != null) {
            parts.add(r.dayOfWeek().name());
        }
        if (r.dayOfMonth() != null) {
            parts.add(String.valueOf(r.dayOfMonth()));
        }
        if (r.monthOfPeriod() != null) {
            parts.add(String.valueOf(r.monthOfPeriod()));
        }
        return String.join(":", parts);
    }
}
