-- Issue 14: a notice is settled once what it asked for is done (the task completed, the plan decided, the dossier
-- sent again…), so that it leaves people's inboxes; notices that only inform stay unsettled. New subject types:
-- PLAN (a task's plan), CHANGE (a decided deadline change), DOSSIER (a task's dossier).
alter table notice add column settled_at timestamp with time zone;
