-- The monthly close: a period's state, when it was closed and the last file received by then
-- (a later file may carry late data for it); adjustment entries refer to the closed period.
alter table scoring_period add column closed_at datetime;
alter table scoring_period add column last_file_at_close bigint;
alter table ledger_entry add column original_period varchar(7);
