-- The result files of background jobs, by their random id (background_job.result_file), in chunks of 1 MB
-- (ADR 0019): every application node on PostgreSQL serves them. Unused on H2 (nhiemvu.jobs.directory).
create table job_result_content (
    content_key varchar(64) not null,
    seq         integer     not null,
    bytes       bytea       not null,
    primary key (content_key, seq)
);
