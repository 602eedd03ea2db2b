-- The bytes of dossier files, by SHA-256, in chunks of 1 MB (ADR 0019): every application node on PostgreSQL reads
-- them. Unused on H2, which keeps them under nhiemvu.files.directory. Content-addressed, shared by equal files.
create table dossier_content (
    content_key varchar(64) not null,
    seq         integer     not null,
    bytes       bytea       not null,
    primary key (content_key, seq)
);
