-- Responses to POSTs sent with an Idempotency-Key, replayed when the same person repeats the key.
create table idempotent_request (
    username     varchar(64)      not null,
    idem_key     varchar(200)     not null,
    request      varchar(600)     not null,
    completed    boolean          default false not null,
    status       int,
    content_type varchar(200),
    body         varchar(1000000),
    created_at   timestamp with time zone not null,
    primary key (username, idem_key)
);
