package com.conductledger.ingest.store;

import java.util.stream.Stream;
import java.util.List;

/** The tables that hold the facts of each input kind, with the columns a fact row fills and its key. */
public enum FactTable {

	PERSON("person", List.of("agent_id"), true, "name", "team", "job_type", "skill_level", "role", "team_lead_id"),
	HOLIDAY("holiday", List.of("holiday_date"), true, "name"),
	ROSTER_SHIFT("roster_shift", List.of("agent_id", "shift_date", "shift_code"), true, "start_time", "end_time"),
	ATTENDANCE("attendance", List.of("agent_id", "shift_date", "shift_code"), true, "sign_in", "sign_out"),
	LEAVE_REQUEST("leave_request", List.of("leave_id"), true, "agent_id", "leave_type", "urgent", "first_date",
			"last_date", "requested_at", "submitted_by", "status", "approver_id", "approved_at", "certificate",
			"certificate_submitted_on"),
	SHIFT_SWAP("shift_swap", List.of("swap_id"), true, "requester_id", "counterpart_id", "swap_date", "swap_shift",
			"repay_date", "repay_shift", "requested_at", "status", "approver_id", "approved_at"),
	BREAK_RECORD("break_record", List.of("agent_id", "out_at"), true, "shift_date", "shift_code", "back_at",
			"approved"),
	QA_EVALUATION("qa_evaluation", List.of("evaluation_id"), true, "call_date", "agent_id", "call_id",
			"evaluator_id", "floor_observation", "comment_text", "source_sheet"),
	QA_ITEM_SCORE("qa_item_score", List.of("evaluation_id"), false, "item", "score"),
	QA_CONDUCT_CODE("qa_conduct_code", List.of("evaluation_id"), false, "position", "code");

	private final String table;

	private final List<String> key;

	private final boolean tracksSource;

	private final List<String> columns;

	FactTable(String table, List<String> key, boolean tracksSource, String... otherColumns) {
		this.table = table;
		this.key = key;
		this.tracksSource = tracksSource;
		this.columns = List.copyOf(concat(key, List.of(otherColumns)));
	}

	public String table() {
		return table;
	}

	/** The columns that identify a fact: a re-stated key replaces the earlier fact. */
	public List<String> key() {
		return key;
	}

	/** Whether the table records the file and row each fact came from. */
	public boolean tracksSource() {
		return tracksSource;
	}

	public List<String> columns() {
		return columns;
	}

	private static List<String> concat(List<String> first, List<String> second) {
		return Stream.concat(first.stream(), second.stream()).toList();
	}

}
