-- A task of the ministry led by an outside agency (another ministry, a province; issue 16 item 6, ADR 0053): the
-- agency answers for it and its focal person reports on it; the task's lead unit is the ministry's unit that follows it.
create table task_lead_agency (
    task_id   bigint not null primary key references task (id),
    agency_id bigint not null references agency (id)
);
create index task_lead_agency_agency_ix on task_lead_agency (agency_id);
