-- The trend of the whole agency per month (ADR 0013): dashboard_month summed over its (unit, leader) rows, kept in the
-- same transaction as each change, so the Office's dashboard reads 12 rows instead of 12 × (unit, leader) rows.
create table dashboard_agency_month (
    agency_id      bigint not null references agency (id),
    month_on       date   not null,
    opened         bigint default 0 not null,
    closed_on_time bigint default 0 not null,
    closed_late    bigint default 0 not null,
    primary key (agency_id, month_on)
);
insert into dashboard_agency_month (agency_id, month_on, opened, closed_on_time, closed_late)
select agency_id, month_on, sum(opened), sum(closed_on_time), sum(closed_late)
from dashboard_month group by agency_id, month_on;
