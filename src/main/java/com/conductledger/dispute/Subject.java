package com.conductledger.dispute;

import java.time.LocalDate;

/**
 * What a dispute is against, as it stood when the dispute was raised: a ledger entry (by its stable id,
 * with its rule, date, shift, points, reasons and source row) or an evaluation (by its id, with its
 * evaluator). {@code period} is the period whose ledger carried the entry, or of the evaluation's call date.
 */
public record Subject(Kind kind, String key, String period, String personId, String ruleId, String article,
		LocalDate date, String shift, Integer points, String reasons, String sourceFile, String sourceSheet,
		Integer sourceRow, String originalPeriod, String evaluatorId) {

	public enum Kind {
		ENTRY, EVALUATION
	}

	boolean isEvaluation() {
		return kind == Kind.EVALUATION;
	}

	/** A QA dispute: of an evaluation, or of a conduct-code entry. */
	boolean qa() {
		return isEvaluation() || ruleId != null && ruleId.startsWith("QA-");
	}

	/** Attendance, leave, swap or break: what a team lead may resolve for the team. */
	boolean teamMatter() {
		return !isEvaluation() && ruleId != null
				&& (ruleId.startsWith("ATT-") || ruleId.startsWith("LV-") || ruleId.startsWith("SW-") || ruleId.startsWith("BR-"));
	}

	/** e.g. {@code ATT-LATE 2026-11-03 MORNING, 2 points} or {@code evaluation EV-1}. */
	String describe() {
		if (isEvaluation()) {
			return "evaluation " + key;
		}
		return ruleId + " " + (date == null ? "" : date + " ") + (shift == null ? "" : shift + " ") + "(" + points
				+ " points, " + sourceFile + (sourceSheet == null ? "" : " sheet " + sourceSheet) + " row " + sourceRow + ")";
	}

}
