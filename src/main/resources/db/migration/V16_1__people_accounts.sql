-- Issue 10: agents and team leads sign in too. A user may be linked to a person of agents.csv
-- (person.agent_id; AGENT and TEAM_LEAD users must be), and an account created in bulk with a
-- one-time password must change it at the first login.
-- An evaluation's acknowledgement is keyed on the evaluation's id from the QA workbook
-- (qa_evaluation.evaluation_id), which stays the same when the workbook is ingested again.
-- Portable SQL: runs unchanged on MySQL 8 / MariaDB 10.11 and on H2 in MySQL mode.

alter table app_user add column person_id varchar(32);
alter table app_user add column must_change_password boolean default false not null;
create index ix_app_user_person on app_user (person_id);

create table evaluation_acknowledgement (
    evaluation_id    varchar(40)  not null primary key,
    person_id        varchar(32)  not null,
    acknowledged_at  datetime     not null,
    acknowledged_by  varchar(64)  not null
);
create index ix_evaluation_ack_person on evaluation_acknowledgement (person_id);
