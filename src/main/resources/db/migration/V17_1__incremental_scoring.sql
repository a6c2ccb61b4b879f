-- Incremental scoring (issue 13): a run may take a day's entries from the run before it instead of
-- scoring the day again, when neither the day's own rows nor what the day's scoring reads beside them
-- changed. Each entry and warning a day's scoring gave names that day; each run keeps, per day, the
-- fingerprint of what the day's scoring read beside its own rows, and the last fact revision it saw.
alter table ledger_entry add column scored_day date;
alter table data_warning add column scored_day date;
create index ix_ledger_entry_scored_day on ledger_entry (run_id, scored_day);
create index ix_data_warning_scored_day on data_warning (run_id, scored_day);
alter table scoring_run add column revision_mark bigint;

create table scored_day (
    run_id       bigint    not null,
    scored_day   date      not null,
    fingerprint  char(64)  not null,
    primary key (run_id, scored_day)
);

-- How many days a run scored and how many it took unchanged (set when it becomes the period's ledger).
alter table scoring_run add column days_scored int;
alter table scoring_run add column days_taken int;
