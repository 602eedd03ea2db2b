-- The organiser's decision on one proposal (ADR 0050): accepted, or rejected with the reason its proposer reads. One
-- per proposal (a row of a submitted version); undoing it deletes the row, the audit keeping what it was and why it
-- was undone.
create table round_proposal_decision (
    round_id       bigint         not null references proposal_round (id),
    submission_id  bigint         not null references round_submission (id),
    table_no       int            not null,
    row_no         int            not null,
    decision       varchar(16)    not null,
    reason         varchar(2000)  not null,
    decided_by     varchar(64)    not null,
    decided_at     timestamp with time zone not null,
    constraint round_proposal_decision_pk primary key (submission_id, table_no, row_no)
);
create index round_proposal_decision_round_ix on round_proposal_decision (round_id);
