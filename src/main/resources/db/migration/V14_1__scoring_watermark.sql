-- The last file received when a scoring run began: files with a higher id arrived after it, so the
-- period's page can say that they do not count yet (until the next night or a Rescore now).
alter table scoring_run add column last_file_id bigint;
alter table scoring_period add column last_file_at_scoring bigint;
