-- Audit streams (issue 13): a sequence number per entity with a head row that serialises the writers of one entity
-- only; entries keyed with an HMAC whose key is not in the database (mac_version 1); signed checkpoints.
-- Rows written before keep their plain SHA-256 (mac_version 0) until the first start re-keys them (LegacyRekeying).
alter table audit_event add column seq bigint;
alter table audit_event add column after_is_state boolean default false not null;
alter table audit_event add column mac_version smallint default 0 not null;
update audit_event e set seq = (select count(*) from audit_event x
                                where x.entity_type = e.entity_type and x.entity_id = e.entity_id and x.id <= e.id);
-- The task module's events whose "after" is the task as stored (the others record a request, a plan, a letter…).
update audit_event set after_is_state = true
where entity_type = 'TASK' and action in ('CREATED', 'UPDATED', 'COMPLETED', 'REOPENED', 'DELETED');
alter table audit_event alter column seq set not null;
create unique index audit_event_stream_ux on audit_event (entity_type, entity_id, seq);
drop index audit_event_entity_ix;

-- One row per stream: its last sequence number and hash. Writers of one entity lock this row, nothing global.
create table audit_stream (
    entity_type varchar(32) not null,
    entity_id   bigint      not null,
    last_seq    bigint      not null,
    last_hash   varchar(64) not null,
    primary key (entity_type, entity_id)
);
insert into audit_stream (entity_type, entity_id, last_seq, last_hash)
select e.entity_type, e.entity_id, e.seq, e.hash from audit_event e
where e.seq = (select max(x.seq) from audit_event x where x.entity_type = e.entity_type and x.entity_id = e.entity_id);

-- The checkpoints as appended to the signed file (one line each), kept here for convenience; and the last
-- checkpointed head of every stream, so that the next checkpoint carries only the streams that moved.
create table audit_checkpoint (
    no   bigint primary key,
    at   timestamp with time zone not null,
    line text not null
);
create table audit_checkpoint_head (
    entity_type varchar(32) not null,
    entity_id   bigint      not null,
    seq         bigint      not null,
    hash        varchar(64) not null,
    primary key (entity_type, entity_id)
);
