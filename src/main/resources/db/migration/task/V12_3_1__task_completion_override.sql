-- The Office's completion beyond the path (ADR 0025): the steps the task's kind required that were not done, as a
-- comma-separated list of CompletionStep names, and the reason the Office stated. Null on other completions.
alter table task add column completed_skipped_steps varchar(200);
alter table task add column completed_reason varchar(2000);
