-- The Office may require a task's lead unit to report progress every week or every month.
create table report_schedule (
    task_id    bigint       not null primary key references task (id),
    agency_id  bigint       not null references agency (id),
    frequency  varchar(16)  not null,
    set_by     varchar(64)  not null,
    set_at     timestamp with time zone not null
);
create index report_schedule_agency_ix on report_schedule (agency_id);
