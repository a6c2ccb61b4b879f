-- Tests only, until branch issue-10-people (migration V16_1, app_user.person_id) is merged: the
-- disputes read the caller's person from this column. Delete this file once V16_1 is on the branch.
alter table app_user add column if not exists person_id varchar(32);
