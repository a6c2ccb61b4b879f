package com.conductledger.ingest.parse;

import java.util.List;
import java.util.Map;

import com.conductledger.ingest.InputKind;

/**
 * The most characters each text column of formats.md may hold (jobs/ingest/README.md), counted
 * as MySQL's utf8mb4 columns count them: one per code point, so an emoji or a rare CJK character
 * is one. Any other column may hold what an Excel cell holds, 32,767. A longer cell rejects its
 * row with the maximum named; nothing reaches the database that does not fit its column.
 */
final class TextLimits {

	/** An Excel cell's limit: the comment column, and every column not listed below. */
	static final int ANY_CELL = 32_767;

	static final int PERSON_ID = 32;

	static final int RECORD_ID = 40;

	private static final List<String> PERSON_IDS = List.of("agent_id", "team_lead_id", "submitted_by", "approver_id",
			"requester_id", "counterpart_id", "evaluator_id");

	private static final Map<InputKind, Map<String, Integer>> OTHERS = Map.of(InputKind.AGENTS,
			Map.of("name", 100, "team", 50, "job_type", 30), InputKind.HOLIDAYS, Map.of("name", 200), InputKind.LEAVE,
			Map.of("leave_id", RECORD_ID), InputKind.SWAPS, Map.of("swap_id", RECORD_ID), InputKind.EVALUATIONS,
			Map.of("evaluation_id", RECORD_ID, "call_id", 60, "violations", 500));

	private TextLimits() {
	}

	static int of(InputKind kind, String column) {
		if (PERSON_IDS.contains(column)) {
			return PERSON_ID;
		}
		return OTHERS.getOrDefault(kind, Map.of()).getOrDefault(column, ANY_CELL);
	}

}
