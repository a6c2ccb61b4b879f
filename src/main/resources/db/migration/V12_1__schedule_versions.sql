-- Issue 12: penalty schedule versions after the configured file (version 1), each a whole
-- penalty-schedule.yml in force from its effective_from period on; added by an administrator,
-- never edited or deleted. Portable SQL: runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 in
-- MySQL mode (mediumtext is a CLOB there).

create table schedule_version (
    version_no      int            not null primary key,
    title           varchar(200)   not null,
    effective_from  varchar(7)     not null,
    sha256          char(64)       not null,
    content         mediumtext     not null,
    added_by        varchar(64)    not null,
    added_at        datetime       not null
);

create index schedule_version_effective on schedule_version (effective_from);
