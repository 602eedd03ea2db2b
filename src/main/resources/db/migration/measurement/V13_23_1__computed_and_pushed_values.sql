-- Indicators computed from tasks and values pushed by another system (issue 17; ADR 0051). An indicator with a metric
-- is computed from the evaluations of its area's tasks; every value says through which channel it arrived (a page's
-- form, the API with a personal token, a token scoped to the indicator, the computation) and, for a token, which one.
alter table indicator add column metric varchar(30);
alter table indicator_value add column channel varchar(20) default 'FORM' not null;
alter table indicator_value add column channel_ref varchar(200);
