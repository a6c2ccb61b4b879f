-- The ledger (rules.md 8): each scoring run writes a whole period's entries under its own id;
-- the period then points at the new run in one transaction, so readers never see half a ledger.

create table scoring_period (
    period          varchar(7)   not null primary key,
    status          varchar(10)  not null,
    current_run_id  bigint,
    scored_at       datetime
);

create table scoring_run (
    id             bigint auto_increment primary key,
    period         varchar(7)   not null,
    started_at     datetime     not null,
    finished_at    datetime,
    status         varchar(20)  not null
);
create index ix_scoring_run_period on scoring_run (period);

create table ledger_entry (
    id             bigint auto_increment primary key,
    run_id         bigint        not null,
    period         varchar(7)    not null,
    person_id      varchar(32)   not null,
    rule_id        varchar(30)   not null,
    article        varchar(60)   not null,
    entry_date     date,
    shift_code     varchar(10),
    points         int           not null,
    reasons        varchar(2000) not null,
    source_file    varchar(255)  not null,
    source_sheet   varchar(100),
    source_row     int           not null
);
create index ix_ledger_entry_run on ledger_entry (run_id, person_id, entry_date);
create index ix_ledger_entry_period on ledger_entry (period, run_id);

create table data_warning (
    id             bigint auto_increment primary key,
    run_id         bigint        not null,
    period         varchar(7)    not null,
    code           varchar(40)   not null,
    message        varchar(1000) not null,
    source_file    varchar(255)  not null,
    source_sheet   varchar(100),
    source_row     int           not null
);
create index ix_data_warning_run on data_warning (run_id);
