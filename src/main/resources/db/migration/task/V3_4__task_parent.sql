-- A task received from above may be broken down into sub-tasks for units.
alter table task add column parent_task_id bigint references task (id);
create index task_parent_ix on task (parent_task_id);
