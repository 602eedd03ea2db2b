-- A task whose deadline the directive words as recurring ("trước ngày 15 hằng tháng") keeps the recurrence the
-- deadline parser read (deadline.Recurrence); its deadline is the instance being tracked. Null: not recurring.
alter table task add column recurrence_frequency varchar(16);
alter table task add column recurrence_day_of_month smallint;
alter table task add column recurrence_month_of_period smallint;
alter table task add column recurrence_day_of_week smallint;
