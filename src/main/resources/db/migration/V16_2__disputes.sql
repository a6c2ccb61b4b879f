-- Issue 10, disputes (../shared/spec/people.md). Portable SQL: runs unchanged on MySQL 8 / MariaDB 10.11
-- and on H2 in MySQL mode.

-- A ledger entry's stable identity: every scoring run writes new rows with new ids, so a dispute points
-- at a hash of what the entry is (period, person, rule, date, shift, source row, first reason).
alter table ledger_entry add column entry_key varchar(32);
create index ix_ledger_entry_key on ledger_entry (entry_key);

-- When an entry or an evaluation first appeared in a committed scoring of its period: the dispute
-- window runs from then. Written by the scoring's commit, never updated.
create table first_scoring (
    kind           varchar(12)   not null,
    item_key       varchar(48)   not null,
    period         varchar(7)    not null,
    person_id      varchar(32)   not null,
    first_seen_at  datetime      not null,
    primary key (kind, item_key)
);

-- One dispute: what it is against (a copy of the entry or evaluation as it stood when it was raised),
-- why, its state and, once resolved, the outcome. Never deleted.
create table dispute (
    number             bigint auto_increment primary key,
    target_kind        varchar(12)   not null,
    target_key         varchar(48)   not null,
    period             varchar(7)    not null,
    person_id          varchar(32)   not null,
    state              varchar(12)   not null,
    reason             varchar(2000) not null,
    raised_by          varchar(64)   not null,
    raised_at          datetime      not null,
    rule_id            varchar(30),
    article            varchar(60),
    entry_date         date,
    shift_code         varchar(10),
    points             int,
    entry_reasons      varchar(2000),
    source_file        varchar(255),
    source_sheet       varchar(100),
    source_row         int,
    original_period    varchar(7),
    evaluator_id       varchar(32),
    proposed_items     varchar(1000),
    resolved_by        varchar(64),
    resolved_at        datetime,
    resolution_note    varchar(2000),
    resolved_points    int,
    resolved_items     varchar(1000),
    correction_period  varchar(7)
);
create index ix_dispute_target on dispute (target_key);
create index ix_dispute_person on dispute (person_id, period);
create index ix_dispute_correction on dispute (correction_period);

-- The evidence file of a dispute (PDF, PNG or JPEG, at most 5 MB), with its sha256.
create table dispute_evidence (
    dispute_number  bigint        not null primary key,
    file_name       varchar(255)  not null,
    content_type    varchar(40)   not null,
    size_bytes      int           not null,
    sha256          varchar(64)   not null,
    content         mediumblob    not null
);

-- The trail: every action on a dispute, who, when, the values before and after. Never updated or deleted.
create table dispute_action (
    id              bigint auto_increment primary key,
    dispute_number  bigint        not null,
    action          varchar(12)   not null,
    actor           varchar(64)   not null,
    actor_person_id varchar(32),
    acted_at        datetime      not null,
    before_value    varchar(2000),
    after_value     varchar(2000),
    note            varchar(2000)
);
create index ix_dispute_action on dispute_action (dispute_number, id);

-- A RESCORED evaluation's new item scores (the original ones stay in qa_item_score): the scoring and
-- the scorecards read these instead. Only for evaluations of periods that were not FINAL.
create table evaluation_rescore (
    evaluation_id   varchar(40)    not null,
    item            varchar(40)    not null,
    score           decimal(7, 2)  not null,
    dispute_number  bigint         not null,
    primary key (evaluation_id, item)
);

-- What a person should see on their home page: a dispute of theirs changed state, an evaluation was added.
create table notice (
    id              bigint auto_increment primary key,
    person_id       varchar(32)   not null,
    created_at      datetime      not null,
    kind            varchar(20)   not null,
    dispute_number  bigint,
    message         varchar(1000) not null,
    is_read         boolean       not null
);
create index ix_notice_person on notice (person_id, is_read);
