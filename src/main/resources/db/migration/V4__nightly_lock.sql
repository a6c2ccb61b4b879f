-- One nightly run at a time across every instance on this database: a lease row taken by a
-- conditional update (portable; no vendor lock functions).
create table job_lock (
    name          varchar(40)   not null primary key,
    owner         varchar(100),
    locked_until  datetime      not null
);
insert into job_lock (name, owner, locked_until) values ('nightly', null, '2000-01-01 00:00:00');
