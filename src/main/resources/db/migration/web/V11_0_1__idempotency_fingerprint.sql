-- The hash of the body first sent with a key: the same key with another body is refused (422).
alter table idempotent_request add column request_hash varchar(64);
-- Keys claimed outside the request's transaction by earlier versions and left by a crash: nothing stands behind them.
delete from idempotent_request where completed = false;
