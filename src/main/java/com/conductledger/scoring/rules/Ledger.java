package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;

import com.conductledger.schedule.ConductCode;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.RuleDefinition;

/** Makes ledger entries with the article and points the schedule gives each rule. */
public final class Ledger {

	static final String CONDUCT_ARTICLE = "46(3)";

	private final PenaltySchedule schedule;

	public Ledger(PenaltySchedule schedule) {
		this.schedule = schedule;
	}

	public LedgerEntry entry(RuleId rule, String personId, LocalDate date, ShiftCode shift, List<String> reasons,
			Source source) {
		return entry(rule, null, personId, date, shift, reasons, source);
	}

	/** An entry citing the given article, the one its reasons apply, instead of every article of the rule (null: the rule's). */
	public LedgerEntry entry(RuleId rule, String article, String personId, LocalDate date, ShiftCode shift,
			List<String> reasons, Source source) {
		RuleDefinition definition = schedule.rules().get(rule.id());
		return new LedgerEntry(personId, rule.id(), article == null ? definition.article() : article, date, shift,
				definition.points(), reasons, source);
	}

	/** A {@code QA-Cnn} entry for a conduct code of Art. 46(3). */
	public LedgerEntry conduct(ConductCode code, String personId, LocalDate date, List<String> reasons,
			Source source) {
		return new LedgerEntry(personId, "QA-" + code.code(), CONDUCT_ARTICLE + " item " + Integer.parseInt(code.code().substring(1)),
				date, null, code.points(), reasons, source);
	}

	public PenaltySchedule schedule() {
		return schedule;
	}

}
