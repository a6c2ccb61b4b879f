package com.conductledger.scoring.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.conductledger.schedule.ConductCode;
import com.conductledger.schedule.PenaltySchedule;

/**
 * rules.md 6, Art. 23, 46(3): each conduct code on an evaluation row is one {@code QA-Cnn} entry
 * for the evaluated agent; a fatal code sets that evaluation's score to 0.
 */
public final class ConductRule {

	private final Ledger ledger;

	private final PenaltySchedule schedule;

	public ConductRule(Ledger ledger) {
		this.ledger = ledger;
		this.schedule = ledger.schedule();
	}

	public List<LedgerEntry> entries(Evaluation evaluation) {
		List<LedgerEntry> entries = new ArrayList<>();
		for (String code : evaluation.conductCodes()) {
			ConductCode conduct = schedule.conductCodes().get(code);
			if (conduct != null) {
				entries.add(ledger.conduct(conduct, evaluation.agentId(), evaluation.callDate(),
						List.of(ReasonCode.CONDUCT_BEHAVIOUR.format(conduct.english(), conduct.chinese()), seenOn(evaluation, conduct)),
						evaluation.source()));
			}
		}
		return entries;
	}

	/** Where the code was seen; a floor observation has no score for a fatal code to zero (rules.md 6). */
	private static String seenOn(Evaluation evaluation, ConductCode conduct) {
		ReasonCode seen;
		if (evaluation.floorObservation()) {
			seen = conduct.fatal() ? ReasonCode.FLOOR_OBSERVATION_FATAL : ReasonCode.FLOOR_OBSERVATION;
		}
		else {
			seen = conduct.fatal() ? ReasonCode.EVALUATION_FATAL : ReasonCode.EVALUATION;
		}
		return seen.format(evaluation.evaluationId());
	}

	/** The evaluation's QA score: the sum of its items, 0 with a fatal code; empty for a floor observation. */
	public Optional<BigDecimal> score(Evaluation evaluation) {
		if (evaluation.floorObservation()) {
			return Optional.empty();
		}
		boolean fatal = evaluation.conductCodes().stream()
			.map(schedule.conductCodes()::get)
			.anyMatch(code -> code != null && code.fatal());
		return Optional.of(fatal ? BigDecimal.ZERO
				: evaluation.itemScores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
	}

}
