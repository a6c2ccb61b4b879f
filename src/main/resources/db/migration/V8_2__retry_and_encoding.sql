-- Issue 8. Portable SQL: runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 in MySQL mode.

-- the text encoding a CSV file was read in (UTF-8 or GB18030); null for workbooks
alter table source_file add column encoding varchar(20);

-- problem_code UNKNOWN_PERSON marks a problem that goes away once that person is in agents.csv: a
-- row with only such problems is retried when an agents file is taken. resolved_at is set when a
-- retry took the row (or re-rejected it with new problems): resolved lines are history, not listed.
-- row_date is the row's own date when it could be read (its period for the rejected-rows report).
alter table rejected_row add column problem_code varchar(20);
alter table rejected_row add column row_date date;
alter table rejected_row add column resolved_at datetime;
alter table rejected_row add column resolved_by_file_id bigint;
create index ix_rejected_row_date on rejected_row (row_date);
