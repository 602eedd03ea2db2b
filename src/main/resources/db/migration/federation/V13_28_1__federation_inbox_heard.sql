-- When each peer was last heard from (the operations view's lag): the newest message of one sender, read from this
-- index instead of grouping every message ever received.
create index federation_inbox_heard_ix on federation_inbox (sender, received_at);
