-- Proposals turned into tasks of a directive (ADR 0043): which row of which submitted version became which task, so
-- that the same proposal is never turned twice. The task and the directive are the task and directive modules'
-- (no foreign key: a task deleted there leaves the record of what was done here).
create table round_proposal_task (
    round_id       bigint        not null references proposal_round (id),
    submission_id  bigint        not null references round_submission (id),
    table_no       int           not null,
    row_no         int           not null,
    task_id        bigint        not null,
    directive_id   bigint        not null,
    created_by     varchar(64)   not null,
    created_at     timestamp with time zone not null,
    constraint round_proposal_task_pk primary key (submission_id, table_no, row_no)
);
create index round_proposal_task_round_ix on round_proposal_task (round_id);
