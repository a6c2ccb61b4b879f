package com.conductledger.sampledata;

import java.time.LocalDate;

/**
 * One row of a QA workbook. Scores follow the form's column order; null scores make a floor
 * observation (codes only, no call).
 */
record Evaluation(LocalDate callDate, String agentId, String callId, String evaluatorId, int[] scores,
		String violations, String comment) {

	boolean floorObservation() {
		return scores == null;
	}

}
