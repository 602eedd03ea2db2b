-- Similar proposals merged into one (ADR 0043): the duplicate (a row of a submitted version) points at the proposal
-- kept; both stay in their submissions, so every proposer is still shown.
create table round_proposal_merge (
    round_id            bigint        not null references proposal_round (id),
    submission_id       bigint        not null references round_submission (id),
    table_no            int           not null,
    row_no              int           not null,
    kept_submission_id  bigint        not null references round_submission (id),
    kept_table_no       int           not null,
    kept_row_no         int           not null,
    merged_by           varchar(64)   not null,
    merged_at           timestamp with time zone not null,
    constraint round_proposal_merge_pk primary key (submission_id, table_no, row_no)
);
create index round_proposal_merge_round_ix on round_proposal_merge (round_id);
