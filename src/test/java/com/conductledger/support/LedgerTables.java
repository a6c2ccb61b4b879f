package com.conductledger.support;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the ledger's tables and Spring Batch's between tests that share a database. */
public final class LedgerTables {

	private static final String[] TABLES = { "qa_conduct_code", "qa_item_score", "qa_evaluation", "break_record",
			"shift_swap", "leave_request", "attendance", "roster_shift", "holiday", "person", "fact_revision",
			"rejected_row", "source_file", "batch_step_execution_context", "batch_job_execution_context",
			"batch_step_execution", "batch_job_execution_params", "batch_job_execution", "batch_job_instance" };

	private LedgerTables() {
	}

	public static void empty(JdbcTemplate jdbc) {
		for (String table : TABLES) {
			jdbc.update("delete from " + table);
		}
	}

}
