-- Issue 14: an in-app notice whose ask is done leaves the person's inbox (it stays in their list, marked settled).
alter table notification_inbox add column settled_at timestamp with time zone;
