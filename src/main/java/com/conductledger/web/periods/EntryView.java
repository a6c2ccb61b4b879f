package com.conductledger.web.periods;

import java.time.LocalDate;
import java.util.List;

import com.conductledger.dispute.Dispute;
import com.conductledger.dispute.DisputeState;
import com.conductledger.explain.Explanations;
import com.conductledger.explain.Labels;
import com.conductledger.explain.Sentence;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.rules.DisputeCorrection;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.ShiftCode;

/**
 * A ledger entry as the person page and API show it: its stable id (what a dispute names), rule and
 * its name, article, date, shift, points, the reasons as stored, their plain explanation in Chinese
 * and English (the same sentences as the PDF and the workbook), the source row, and its dispute
 * (null, or id and state).
 */
public record EntryView(String id, String ruleId, String ruleName, String article, LocalDate date, String shift,
		int points, List<String> reasons, List<Sentence> explanation, String source, String sourceFile,
		String sourceSheet, int sourceRow, DisputeMark dispute) {

	/** The dispute of an entry as its line shows it. */
	public record DisputeMark(String id, String state) {

		static DisputeMark of(Dispute dispute) {
			return dispute == null ? null : new DisputeMark(dispute.id(), dispute.state().name());
		}

		/** The state in words: {@code 免除 Waived}. */
		public String stateLabel() {
			return Labels.disputeState(state).toString();
		}

	}

	/** The shift as the roster names it, {@code 夜班 NIGHT}, or null for an entry of no shift. */
	public String shiftLabel() {
		return shift == null ? null : Labels.shift(ShiftCode.valueOf(shift)).toString();
	}

	/**
	 * Whether the person may raise a dispute on the entry: not a correction itself, and not disputed
	 * already (a withdrawn dispute leaves it free); the window and the limit are the service's to check.
	 */
	public boolean disputable() {
		return !DisputeCorrection.RULE_ID.equals(ruleId)
				&& (dispute == null || DisputeState.WITHDRAWN.name().equals(dispute.state()));
	}

	static EntryView of(LedgerStore.StoredEntry stored, Dispute dispute) {
		LedgerEntry entry = stored.entry();
		return new EntryView(stored.id(), entry.ruleId(), Labels.rule(entry.ruleId()).toString(),
				Explanations.article(entry), entry.date(), entry.shift() == null ? null : entry.shift().name(),
				entry.points(), entry.reasons(), Explanations.of(entry).sentences(), entry.source().toString(),
				entry.source().file(), entry.source().sheet(), entry.source().row(), DisputeMark.of(dispute));
	}

}
