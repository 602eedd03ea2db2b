-- Evaluation: an agency's own policy; agencies without a row use the configured defaults.
create table evaluation_policy (
    agency_id                    bigint      not null primary key references agency (id),
    kind                         varchar(32) not null,
    due_soon_working_days        int         not null,
    cutoff_working_days          int         not null,
    non_working_deadline_extends boolean     not null
);
