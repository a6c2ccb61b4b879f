package com.conductledger.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the ledger's tables and Spring Batch's (upper-case: MySQL names are case-sensitive) between tests. */
public final class LedgerTables {

	private static final String[] TABLES = { "dispute_action", "dispute_evidence", "evaluation_rescore", "notice",
			"dispute", "first_scoring", "evaluation_acknowledgement",
			"schedule_version", "scorecard_snapshot", "scored_day", "ledger_entry", "data_warning", "scoring_run", "scoring_period", "qa_conduct_code", "qa_item_score", "qa_evaluation", "break_record",
			"shift_swap", "leave_request", "attendance", "roster_shift", "holiday", "person", "fact_revision",
			"rejected_row", "source_file", "BATCH_STEP_EXECUTION_CONTEXT", "BATCH_JOB_EXECUTION_CONTEXT",
			"BATCH_STEP_EXECUTION", "BATCH_JOB_EXECUTION_PARAMS", "BATCH_JOB_EXECUTION", "BATCH_JOB_INSTANCE" };

	private LedgerTables() {
	}

	public static void empty(JdbcTemplate jdbc) {
		for (String table : TABLES) {
			jdbc.update("delete from " + table);
		}
	}

}
