-- The evaluation policy's due_soon_working_days is the one due-soon setting (ADR 0029): the monitoring rules no
-- longer keep their own, which could disagree with the status the dashboard and the lists show.
alter table monitoring_rule drop column due_soon_working_days;
