-- A decided extension keeps the date the unit asked for and the date leadership granted (issue 14: an approval on
-- another date was stored as the date asked). proposed_deadline is what was asked; approved_deadline what was granted.
alter table task_deadline_change add column approved_deadline date;
-- Until now an approval stored one date, the one granted.
update task_deadline_change set approved_deadline = proposed_deadline where decision = 'APPROVED';
-- An approval made from a request for a new deadline ("Đề nghị số N"): the request holds the date asked for.
update task_deadline_change set proposed_deadline = (
        select g.proposed_deadline from guidance_request g
        where g.task_id = task_deadline_change.task_id
          and task_deadline_change.request_ref = 'Đề nghị số ' || cast(g.id as varchar(20)))
where decision = 'APPROVED' and exists (
        select 1 from guidance_request g
        where g.task_id = task_deadline_change.task_id and g.proposed_deadline is not null
          and task_deadline_change.request_ref = 'Đề nghị số ' || cast(g.id as varchar(20)));
