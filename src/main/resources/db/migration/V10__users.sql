-- The people who use the web interface (not the centre's agents: those are in person).
-- roles: a comma-separated subset of QA, MANAGER, PAYROLL, ADMIN; password_hash: bcrypt.
-- Portable SQL: runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 in MySQL mode.

create table app_user (
    username       varchar(64)   not null primary key,
    password_hash  varchar(100)  not null,
    display_name   varchar(100)  not null,
    enabled        boolean       not null,
    roles          varchar(100)  not null
);
