-- The organiser's decision on a submitted version (ADR 0045): accepted, returned for revision or rejected, with the
-- reason the respondent reads. One per version: a revision is a new version that awaits its own decision, so every
-- version keeps the decision it had.
create table round_review (
    submission_id  bigint         not null references round_submission (id),
    round_id       bigint         not null references proposal_round (id),
    decision       varchar(16)    not null,
    reason         varchar(2000)  not null,
    decided_by     varchar(64)    not null,
    decided_at     timestamp with time zone not null,
    constraint round_review_pk primary key (submission_id)
);
create index round_review_round_ix on round_review (round_id);
