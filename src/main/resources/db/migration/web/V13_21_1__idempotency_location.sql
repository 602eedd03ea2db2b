-- A page's form answered with a redirect is replayed with the same redirect (a double click lands on the new task).
alter table idempotent_request add column location varchar(2000);
