-- Issue 8. Rows rejected before problem codes existed: an unknown person marks them as waiting
-- for people, as the ingest now does; an unknown evaluator_id was a problem only under the old
-- rule (a QA inspector need not be in agents.csv), so its row is retried under the rules of now.
update rejected_row set problem_code = 'UNKNOWN_PERSON'
 where problem_code is null and reason = 'unknown agent: not in agents.csv' and column_name <> 'evaluator_id';
update rejected_row set problem_code = 'RULE_CHANGED'
 where problem_code is null and reason = 'unknown agent: not in agents.csv' and column_name = 'evaluator_id';
