-- Issue 8: the documented text maxima (jobs/ingest/README.md) count characters as MySQL's utf8mb4
-- columns do, one per code point. H2 counts UTF-16 units, so an emoji or a CJK Extension B
-- character takes two: every checked text column is twice its maximum here, so that the same text
-- is taken on both databases. The maxima themselves are checked per row by the ingest.

alter table person alter column agent_id set data type varchar(64);
alter table person alter column name set data type varchar(200);
alter table person alter column team set data type varchar(100);
alter table person alter column job_type set data type varchar(60);
alter table person alter column team_lead_id set data type varchar(64);

alter table holiday alter column name set data type varchar(400);

alter table roster_shift alter column agent_id set data type varchar(64);
alter table attendance alter column agent_id set data type varchar(64);
alter table break_record alter column agent_id set data type varchar(64);

alter table leave_request alter column leave_id set data type varchar(80);
alter table leave_request alter column agent_id set data type varchar(64);
alter table leave_request alter column submitted_by set data type varchar(64);
alter table leave_request alter column approver_id set data type varchar(64);

alter table shift_swap alter column swap_id set data type varchar(80);
alter table shift_swap alter column requester_id set data type varchar(64);
alter table shift_swap alter column counterpart_id set data type varchar(64);
alter table shift_swap alter column approver_id set data type varchar(64);

alter table qa_evaluation alter column evaluation_id set data type varchar(80);
alter table qa_evaluation alter column agent_id set data type varchar(64);
alter table qa_evaluation alter column call_id set data type varchar(120);
alter table qa_evaluation alter column evaluator_id set data type varchar(64);
alter table qa_evaluation alter column comment_text set data type varchar(65534);
alter table qa_item_score alter column evaluation_id set data type varchar(80);
alter table qa_conduct_code alter column evaluation_id set data type varchar(80);

alter table fact_revision alter column fact_key set data type varchar(400);
alter table source_file alter column file_name set data type varchar(510);
alter table ledger_entry alter column person_id set data type varchar(64);
alter table ledger_entry alter column source_file set data type varchar(510);

-- what the ingest keeps of a rejected value, reason or failure, cut to the column in characters
alter table rejected_row alter column sheet set data type varchar(200);
alter table rejected_row alter column column_name set data type varchar(200);
alter table rejected_row alter column cell_value set data type varchar(2000);
alter table rejected_row alter column reason set data type varchar(1000);
alter table source_file alter column failure set data type varchar(2000);
