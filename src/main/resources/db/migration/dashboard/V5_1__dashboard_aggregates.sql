-- The dashboard's incremental aggregates (ADR 0008), kept in the same transaction as each task change.
-- leader_id 0 stands for "no supervising leader", so that it can be part of the primary key.

-- Per (unit, leader): open tasks with and without a deadline, closed tasks per class, and a prefix sum:
-- open_before_pivot counts the open tasks whose deadline in force (a working day) is before pivot_on.
create table dashboard_unit (
    agency_id         bigint  not null references agency (id),
    unit_id           bigint  not null references org_unit (id),
    leader_id         bigint  not null,
    open_dated        bigint  default 0 not null,
    open_undated      bigint  default 0 not null,
    closed_on_time    bigint  default 0 not null,
    closed_late       bigint  default 0 not null,
    pivot_on          date    not null,
    open_before_pivot bigint  default 0 not null,
    primary key (agency_id, unit_id, leader_id)
);

-- Open tasks per (unit, leader, deadline in force): "overdue as of D" is a range sum over it.
create table dashboard_open_day (
    agency_id   bigint not null references agency (id),
    unit_id     bigint not null references org_unit (id),
    leader_id   bigint not null,
    deadline_on date   not null,
    task_count  bigint default 0 not null,
    primary key (agency_id, unit_id, leader_id, deadline_on)
);
-- Covering: a dashboard sums the days near today from the index alone (an index-only scan on PostgreSQL).
create index dashboard_open_day_date_ix on dashboard_open_day (agency_id, deadline_on, unit_id, leader_id, task_count);

-- Per (unit, leader, month): tasks received (created) and completed on time / late, for the trend.
create table dashboard_month (
    agency_id      bigint not null references agency (id),
    unit_id        bigint not null references org_unit (id),
    leader_id      bigint not null,
    month_on       date   not null,
    opened         bigint default 0 not null,
    closed_on_time bigint default 0 not null,
    closed_late    bigint default 0 not null,
    primary key (agency_id, unit_id, leader_id, month_on)
);
create index dashboard_month_month_ix on dashboard_month (agency_id, month_on);
