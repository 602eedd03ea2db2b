-- The counts of each (unit, leader) row as of its pivot day, kept in the same transaction as each change (ADR 0013):
-- open_through_due_soon counts the open tasks judged by a day up to due_soon_until (the due-soon boundary of the
-- pivot day), so a dashboard as of the pivot day (today, once the nightly move has run) reads the unit rows alone,
-- without summing days. Null until the next move of the pivots or recount: such rows are summed from the days.
alter table dashboard_unit add column due_soon_until date;
alter table dashboard_unit add column open_through_due_soon bigint default 0 not null;
