-- The monthly close: a period's state and when it was closed; adjustment entries refer to the
-- closed period and row they correct.
alter table scoring_period add column closed_at datetime;
alter table ledger_entry add column original_period varchar(7);
