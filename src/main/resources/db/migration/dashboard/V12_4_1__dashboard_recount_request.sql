-- A recount of every agency's aggregates asked for by a migration (ADR 0026): when the rule of a counter changes, the
-- stored counters were built under the old rule and only a recount (the evaluator is Java, and the tasks are another
-- module's tables) can rebuild them. The application recounts at start while a row is here, then deletes it.
create table dashboard_recount_request (
    reason       varchar(200) primary key,
    requested_at timestamp with time zone not null
);

-- The 12-month trend counted a task as received in the month it was typed in; it is now the month it was assigned
-- (its directive's date, else the day it was entered), so every month's "received" is recounted. Only where counts were
-- kept already: a new database has none, and its first tasks are counted under the new rule.
insert into dashboard_recount_request (reason, requested_at)
select 'trend by the day a task was assigned', current_timestamp
where exists (select 1 from dashboard_agency_month);
