-- Calendar: the days that are not ordinary (Monday–Friday worked, Saturday and Sunday off).
-- One row per date, national. Official rows come from the Government's notices or from the law itself;
-- years and occasions without rows get the statutory proposal, computed (calendar.internal.StatutoryHolidays).
-- kind and occasion are checked by the application (enums), not by CHECK constraints: H2 2.x compiles a
-- CHECK with several constants against the session that created the table and fails once that session
-- is closed ("Check constraint invalid ... database has been closed"), e.g. when the pool renews it.
create table calendar_day (
    day_date        date          primary key,
    kind            varchar(24)   not null,
    occasion        varchar(24)   not null,
    reason          varchar(300)  not null,
    source_document varchar(300)  not null,
    created_by      varchar(64)   not null,
    created_at      timestamp with time zone not null
);

-- 2020: Bộ luật Lao động 2012 in force. Tết 23–29/01 (press; notice number not confirmed). 2/9 one day.
insert into calendar_day (day_date, kind, occasion, reason, source_document, created_by, created_at) values
    (date '2020-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch', 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1', 'migration', current_timestamp),
    (date '2020-01-23', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (29 tháng Chạp) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch năm 2020 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2020-01-24', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (30 tháng Chạp) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch năm 2020 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2020-01-25', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 1 tháng Giêng) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch năm 2020 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2020-01-26', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 2 tháng Giêng) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch năm 2020 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2020-01-27', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 3 tháng Giêng) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch năm 2020 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2020-01-28', 'COMPENSATORY', 'LUNAR_NEW_YEAR', 'Nghỉ bù mùng 1 Tết trùng thứ Bảy (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch năm 2020 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2020-01-29', 'COMPENSATORY', 'LUNAR_NEW_YEAR', 'Nghỉ bù mùng 2 Tết trùng Chủ nhật (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch năm 2020 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2020-04-02', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1', 'migration', current_timestamp),
    (date '2020-04-30', 'HOLIDAY', 'REUNIFICATION', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1', 'migration', current_timestamp),
    (date '2020-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1', 'migration', current_timestamp),
    (date '2020-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2012 (10/2012/QH13), Điều 115 khoản 1', 'migration', current_timestamp);

-- 2021: Tết 10–16/02 (5 Tết weekdays + the weekend; press, number not confirmed). Quốc khánh 2–3/9.
insert into calendar_day (day_date, kind, occasion, reason, source_document, created_by, created_at) values
    (date '2021-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2021-02-10', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (29 tháng Chạp) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2021 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2021-02-11', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (30 tháng Chạp) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2021 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2021-02-12', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 1 tháng Giêng) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2021 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2021-02-15', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 4 tháng Giêng) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2021 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2021-02-16', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 5 tháng Giêng) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2021 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2021-04-21', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2021-04-30', 'HOLIDAY', 'REUNIFICATION', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2021-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2021-05-03', 'COMPENSATORY', 'LABOUR_DAY', 'Nghỉ bù Ngày Quốc tế lao động trùng thứ Bảy 01/05/2021', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3', 'migration', current_timestamp),
    (date '2021-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2021 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2021-09-03', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề 2/9) (chưa xác minh số văn bản)', 'Thông báo nghỉ Tết Âm lịch và Quốc khánh năm 2021 của Bộ LĐTBXH theo ý kiến của Thủ tướng (số văn bản chưa xác minh)', 'migration', current_timestamp);

-- 2022: 245/VPCP-KGVX: Tết 31/01–04/02, Quốc khánh 01–02/9. Other compensatory days by Điều 111(3).
insert into calendar_day (day_date, kind, occasion, reason, source_document, created_by, created_at) values
    (date '2022-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2022-01-03', 'COMPENSATORY', 'NEW_YEAR', 'Nghỉ bù Tết Dương lịch trùng thứ Bảy 01/01/2022', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3', 'migration', current_timestamp),
    (date '2022-01-31', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (29 tháng Chạp)', '245/VPCP-KGVX (11/01/2022)', 'migration', current_timestamp),
    (date '2022-02-01', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 1 tháng Giêng)', '245/VPCP-KGVX (11/01/2022)', 'migration', current_timestamp),
    (date '2022-02-02', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 2 tháng Giêng)', '245/VPCP-KGVX (11/01/2022)', 'migration', current_timestamp),
    (date '2022-02-03', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 3 tháng Giêng)', '245/VPCP-KGVX (11/01/2022)', 'migration', current_timestamp),
    (date '2022-02-04', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 4 tháng Giêng)', '245/VPCP-KGVX (11/01/2022)', 'migration', current_timestamp),
    (date '2022-04-10', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2022-04-11', 'COMPENSATORY', 'HUNG_KINGS', 'Nghỉ bù Giỗ Tổ Hùng Vương trùng Chủ nhật 10/04/2022', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3', 'migration', current_timestamp),
    (date '2022-04-30', 'HOLIDAY', 'REUNIFICATION', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2022-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2022-05-02', 'COMPENSATORY', 'REUNIFICATION', 'Nghỉ bù Ngày Chiến thắng trùng thứ Bảy 30/04/2022', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3', 'migration', current_timestamp),
    (date '2022-05-03', 'COMPENSATORY', 'LABOUR_DAY', 'Nghỉ bù Ngày Quốc tế lao động trùng Chủ nhật 01/05/2022', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3', 'migration', current_timestamp),
    (date '2022-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề 2/9)', '245/VPCP-KGVX (11/01/2022)', 'migration', current_timestamp),
    (date '2022-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9)', '245/VPCP-KGVX (11/01/2022)', 'migration', current_timestamp);

-- 2023: 8056/VPCP-KGVX: Tết 20–26/01, Quốc khánh 01–04/9. 29/4–3/5 off by Điều 111(3).
insert into calendar_day (day_date, kind, occasion, reason, source_document, created_by, created_at) values
    (date '2023-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2023-01-02', 'COMPENSATORY', 'NEW_YEAR', 'Nghỉ bù Tết Dương lịch trùng Chủ nhật 01/01/2023', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3', 'migration', current_timestamp),
    (date '2023-01-20', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (29 tháng Chạp)', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp),
    (date '2023-01-21', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (30 tháng Chạp)', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp),
    (date '2023-01-22', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 1 tháng Giêng)', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp),
    (date '2023-01-23', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 2 tháng Giêng)', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp),
    (date '2023-01-24', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 3 tháng Giêng)', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp),
    (date '2023-01-25', 'COMPENSATORY', 'LUNAR_NEW_YEAR', 'Nghỉ bù Tết Nguyên đán (30 Tết trùng thứ Bảy)', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp),
    (date '2023-01-26', 'COMPENSATORY', 'LUNAR_NEW_YEAR', 'Nghỉ bù Tết Nguyên đán (mùng 1 Tết trùng Chủ nhật)', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp),
    (date '2023-04-29', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2023-04-30', 'HOLIDAY', 'REUNIFICATION', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2023-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2023-05-02', 'COMPENSATORY', 'HUNG_KINGS', 'Nghỉ bù Giỗ Tổ Hùng Vương trùng thứ Bảy 29/04/2023', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3', 'migration', current_timestamp),
    (date '2023-05-03', 'COMPENSATORY', 'REUNIFICATION', 'Nghỉ bù Ngày Chiến thắng trùng Chủ nhật 30/04/2023', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3', 'migration', current_timestamp),
    (date '2023-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề 2/9)', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp),
    (date '2023-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9)', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp),
    (date '2023-09-04', 'COMPENSATORY', 'NATIONAL_DAY', 'Nghỉ bù Quốc khánh trùng thứ Bảy 02/09/2023', '8056/VPCP-KGVX (01/12/2022)', 'migration', current_timestamp);

-- 2024: 8662/VPCP-KGVX: Tết 08–14/02, Quốc khánh 31/8–03/9. 2450/VPCP-KGVX: 29/4 off, 04/5 worked.
insert into calendar_day (day_date, kind, occasion, reason, source_document, created_by, created_at) values
    (date '2024-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2024-02-08', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (29 tháng Chạp)', '8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH', 'migration', current_timestamp),
    (date '2024-02-09', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (30 tháng Chạp)', '8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH', 'migration', current_timestamp),
    (date '2024-02-10', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 1 tháng Giêng)', '8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH', 'migration', current_timestamp),
    (date '2024-02-11', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 2 tháng Giêng)', '8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH', 'migration', current_timestamp),
    (date '2024-02-12', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 3 tháng Giêng)', '8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH', 'migration', current_timestamp),
    (date '2024-02-13', 'COMPENSATORY', 'LUNAR_NEW_YEAR', 'Nghỉ bù Tết Nguyên đán (mùng 1 Tết trùng thứ Bảy)', '8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH', 'migration', current_timestamp),
    (date '2024-02-14', 'COMPENSATORY', 'LUNAR_NEW_YEAR', 'Nghỉ bù Tết Nguyên đán (mùng 2 Tết trùng Chủ nhật)', '8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH', 'migration', current_timestamp),
    (date '2024-04-18', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2024-04-29', 'DAY_OFF', 'REUNIFICATION', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 04/05/2024)', '2450/VPCP-KGVX (12/4/2024)', 'migration', current_timestamp),
    (date '2024-04-30', 'HOLIDAY', 'REUNIFICATION', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2024-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2024-05-04', 'WORKING_SATURDAY', 'REUNIFICATION', 'Làm việc bù cho thứ Hai 29/04/2024', '2450/VPCP-KGVX (12/4/2024)', 'migration', current_timestamp),
    (date '2024-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9)', '8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH', 'migration', current_timestamp),
    (date '2024-09-03', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề 2/9)', '8662/VPCP-KGVX (03/11/2023); 5015/TB-LĐTBXH', 'migration', current_timestamp);

-- 2025: 8726/VPCP-KGVX: Tết 25/01–02/02, 02/5 off and 26/4 worked (30/4–04/5), Quốc khánh 30/8–02/9.
insert into calendar_day (day_date, kind, occasion, reason, source_document, created_by, created_at) values
    (date '2025-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2025-01-27', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (28 tháng Chạp)', '8726/VPCP-KGVX (26/11/2024)', 'migration', current_timestamp),
    (date '2025-01-28', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (29 tháng Chạp)', '8726/VPCP-KGVX (26/11/2024)', 'migration', current_timestamp),
    (date '2025-01-29', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 1 tháng Giêng)', '8726/VPCP-KGVX (26/11/2024)', 'migration', current_timestamp),
    (date '2025-01-30', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 2 tháng Giêng)', '8726/VPCP-KGVX (26/11/2024)', 'migration', current_timestamp),
    (date '2025-01-31', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 3 tháng Giêng)', '8726/VPCP-KGVX (26/11/2024)', 'migration', current_timestamp),
    (date '2025-04-07', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2025-04-26', 'WORKING_SATURDAY', 'REUNIFICATION', 'Làm việc bù cho thứ Sáu 02/05/2025', '8726/VPCP-KGVX (26/11/2024)', 'migration', current_timestamp),
    (date '2025-04-30', 'HOLIDAY', 'REUNIFICATION', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2025-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2025-05-02', 'DAY_OFF', 'REUNIFICATION', 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù thứ Bảy 26/04/2025)', '8726/VPCP-KGVX (26/11/2024)', 'migration', current_timestamp),
    (date '2025-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề 2/9)', '8726/VPCP-KGVX (26/11/2024)', 'migration', current_timestamp),
    (date '2025-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9)', '8726/VPCP-KGVX (26/11/2024)', 'migration', current_timestamp);

-- 2026: 12729/VPCP-KGVX: 02/01 off, 10/01 worked. Tết 14–22/02 and Quốc khánh 29/8–02/9 (31/8 off, 22/8 worked): press, number not confirmed.
insert into calendar_day (day_date, kind, occasion, reason, source_document, created_by, created_at) values
    (date '2026-01-01', 'HOLIDAY', 'NEW_YEAR', 'Tết Dương lịch', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2026-01-02', 'DAY_OFF', 'NEW_YEAR', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/01/2026)', '12729/VPCP-KGVX (25/12/2025)', 'migration', current_timestamp),
    (date '2026-01-10', 'WORKING_SATURDAY', 'NEW_YEAR', 'Làm việc bù cho thứ Sáu 02/01/2026', '12729/VPCP-KGVX (25/12/2025)', 'migration', current_timestamp),
    (date '2026-02-16', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (29 tháng Chạp) (chưa xác minh số văn bản)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2026-02-17', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 1 tháng Giêng) (chưa xác minh số văn bản)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2026-02-18', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 2 tháng Giêng) (chưa xác minh số văn bản)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2026-02-19', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 3 tháng Giêng) (chưa xác minh số văn bản)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2026-02-20', 'HOLIDAY', 'LUNAR_NEW_YEAR', 'Tết Nguyên đán (mùng 4 tháng Giêng) (chưa xác minh số văn bản)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2026-04-26', 'HOLIDAY', 'HUNG_KINGS', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2026-04-27', 'COMPENSATORY', 'HUNG_KINGS', 'Nghỉ bù Giỗ Tổ Hùng Vương trùng Chủ nhật 26/04/2026', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 111 khoản 3', 'migration', current_timestamp),
    (date '2026-04-30', 'HOLIDAY', 'REUNIFICATION', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2026-05-01', 'HOLIDAY', 'LABOUR_DAY', 'Ngày Quốc tế lao động (1/5)', 'Bộ luật Lao động 2019 (45/2019/QH14), Điều 112 khoản 1', 'migration', current_timestamp),
    (date '2026-08-22', 'WORKING_SATURDAY', 'NATIONAL_DAY', 'Làm việc bù cho thứ Hai 31/08/2026 (chưa xác minh số văn bản)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2026-08-31', 'DAY_OFF', 'NATIONAL_DAY', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/08/2026) (chưa xác minh số văn bản)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2026-09-01', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (ngày liền kề 2/9) (chưa xác minh số văn bản)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 (số văn bản chưa xác minh)', 'migration', current_timestamp),
    (date '2026-09-02', 'HOLIDAY', 'NATIONAL_DAY', 'Quốc khánh (2/9) (chưa xác minh số văn bản)', 'Văn bản của Văn phòng Chính phủ (10/2025) truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh năm 2026 (số văn bản chưa xác minh)', 'migration', current_timestamp);
