-- A token may be scoped to one thing another system writes (ADR 0051): 'indicator:<id>' lets it read and feed one
-- indicator and nothing else; null keeps the personal token's whole reach.
alter table api_token add column scope varchar(100);
