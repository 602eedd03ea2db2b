-- The last day a request for guidance or a new deadline counts as timely (Chỉ thị 75 III.2), when the directive sets one.
alter table directive add column extension_cutoff date;
