-- Conduct Ledger: the facts taken from the centre's input files, and where each came from.
-- Portable SQL: runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 in MySQL mode.

create table source_file (
    id             bigint auto_increment primary key,
    file_name      varchar(255)  not null,
    kind           varchar(20)   not null,
    sha256         char(64)      not null,
    size_bytes     bigint        not null,
    archive_path   varchar(1000) not null,
    received_at    datetime      not null,
    status         varchar(20)   not null,
    rows_taken     int           not null default 0,
    rows_rejected  int           not null default 0,
    failure        varchar(1000),
    constraint uq_source_file_content unique (kind, sha256)
);

create table rejected_row (
    id              bigint auto_increment primary key,
    source_file_id  bigint        not null,
    sheet           varchar(100),
    row_no          int           not null,
    column_name     varchar(100),
    cell_value      varchar(1000),
    reason          varchar(500)  not null,
    constraint fk_rejected_row_file foreign key (source_file_id) references source_file (id)
);
create index ix_rejected_row_file on rejected_row (source_file_id, row_no);

-- which file (and row) stated each fact, in order received: the history behind corrections
create table fact_revision (
    id              bigint auto_increment primary key,
    kind            varchar(20)   not null,
    fact_key        varchar(200)  not null,
    source_file_id  bigint        not null,
    source_row      int           not null,
    constraint fk_fact_revision_file foreign key (source_file_id) references source_file (id)
);
create index ix_fact_revision_key on fact_revision (kind, fact_key);
create index ix_fact_revision_file on fact_revision (source_file_id);

create table person (
    agent_id        varchar(32)   not null primary key,
    name            varchar(100)  not null,
    team            varchar(50),
    job_type        varchar(30)   not null,
    skill_level     int           not null,
    role            varchar(20)   not null,
    team_lead_id    varchar(32),
    source_file_id  bigint        not null,
    source_row      int           not null
);

create table holiday (
    holiday_date    date          not null primary key,
    name            varchar(200)  not null,
    source_file_id  bigint        not null,
    source_row      int           not null
);

create table roster_shift (
    agent_id        varchar(32)   not null,
    shift_date      date          not null,
    shift_code      varchar(10)   not null,
    start_time      time          not null,
    end_time        time          not null,
    source_file_id  bigint        not null,
    source_row      int           not null,
    primary key (agent_id, shift_date, shift_code)
);
create index ix_roster_shift_date on roster_shift (shift_date, shift_code);

create table attendance (
    agent_id        varchar(32)   not null,
    shift_date      date          not null,
    shift_code      varchar(10)   not null,
    sign_in         datetime      not null,
    sign_out        datetime,
    source_file_id  bigint        not null,
    source_row      int           not null,
    primary key (agent_id, shift_date, shift_code)
);
create index ix_attendance_date on attendance (shift_date, shift_code);

create table leave_request (
    leave_id                  varchar(40)  not null primary key,
    agent_id                  varchar(32)  not null,
    leave_type                varchar(10)  not null,
    urgent                    boolean      not null,
    first_date                date         not null,
    last_date                 date         not null,
    requested_at              datetime     not null,
    submitted_by              varchar(32)  not null,
    status                    varchar(10)  not null,
    approver_id               varchar(32),
    approved_at               datetime,
    certificate               boolean      not null,
    certificate_submitted_on  date,
    source_file_id            bigint       not null,
    source_row                int          not null
);
create index ix_leave_request_dates on leave_request (first_date, last_date);

create table shift_swap (
    swap_id         varchar(40)  not null primary key,
    requester_id    varchar(32)  not null,
    counterpart_id  varchar(32)  not null,
    swap_date       date         not null,
    swap_shift      varchar(10)  not null,
    repay_date      date         not null,
    repay_shift     varchar(10)  not null,
    requested_at    datetime     not null,
    status          varchar(10)  not null,
    approver_id     varchar(32),
    approved_at     datetime,
    source_file_id  bigint       not null,
    source_row      int          not null
);
create index ix_shift_swap_date on shift_swap (swap_date);

create table break_record (
    agent_id        varchar(32)  not null,
    out_at          datetime     not null,
    shift_date      date         not null,
    shift_code      varchar(10)  not null,
    back_at         datetime     not null,
    approved        boolean      not null,
    source_file_id  bigint       not null,
    source_row      int          not null,
    primary key (agent_id, out_at)
);
create index ix_break_record_shift on break_record (shift_date, shift_code);

create table qa_evaluation (
    evaluation_id      varchar(40)   not null primary key,
    call_date          date          not null,
    agent_id           varchar(32)   not null,
    call_id            varchar(60),
    evaluator_id       varchar(32)   not null,
    floor_observation  boolean       not null,
    comment_text       varchar(2000),
    source_file_id     bigint        not null,
    source_sheet       varchar(100),
    source_row         int           not null
);
create index ix_qa_evaluation_date on qa_evaluation (call_date);

create table qa_item_score (
    evaluation_id   varchar(40)    not null,
    item            varchar(40)    not null,
    score           decimal(7, 2)  not null,
    primary key (evaluation_id, item)
);

create table qa_conduct_code (
    evaluation_id   varchar(40)  not null,
    position        int          not null,
    code            varchar(8)   not null,
    primary key (evaluation_id, position)
);
