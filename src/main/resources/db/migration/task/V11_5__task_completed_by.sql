-- Who recorded a task's completion, on what authority (OFFICE, LEADER, UNIT, SUBMISSION) and, for a unit, which:
-- who may reopen it depends on them (ADR 0018). Null on completions recorded before: only the Office reopens those.
-- completed_beyond_limits marks a date the Office gave further back than units and leaders may.
alter table task add column completed_by varchar(64);
alter table task add column completed_as varchar(16);
alter table task add column completed_by_unit_id bigint;
alter table task add column completed_beyond_limits boolean default false not null;
