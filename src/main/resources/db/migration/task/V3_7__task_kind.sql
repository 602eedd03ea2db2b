-- What a task produces (Đề án, văn bản QPPL, báo cáo, khác); existing tasks are "other".
alter table task add column kind varchar(32) default 'OTHER' not null;
