-- The Office's "urge the late ones" (ADR 0043): at most once a day per round and agency, so a second click sends
-- nothing twice; the notices themselves are the monitoring module's.
create table round_urging (
    round_id   bigint       not null references proposal_round (id),
    agency_id  bigint       not null references agency (id),
    urged_on   date         not null,
    urged_by   varchar(64)  not null,
    urged_at   timestamp with time zone not null,
    constraint round_urging_pk primary key (round_id, agency_id, urged_on)
);
