-- Issue 8: a QA comment holds what an Excel cell holds, 32,767 characters. In utf8mb4 that is up
-- to 131,068 bytes: more than a varchar or a TEXT column (65,535 bytes) can take, so MEDIUMTEXT.
-- The other columns already count characters as the documented maxima do (jobs/ingest/README.md).

alter table qa_evaluation modify comment_text mediumtext;
