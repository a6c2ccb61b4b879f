package com.conductledger.dispute;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.scoring.job.LedgerCorrections;
import com.conductledger.scoring.rules.Adjustment;
import com.conductledger.scoring.rules.DisputeCorrection;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Source;

/**
 * The DISPUTE-CORRECTION entries a period's scoring adds: one per WAIVED or REDUCED dispute whose
 * correction belongs to the period (decided at the resolution: the entry's own period, or when that was
 * FINAL the next period that is not, with the FINAL period as original period, like late data). A
 * correction of an entry of the period itself lapses while late data has withdrawn the entry (nothing is
 * left to correct) and comes back if the entry does.
 */
@Component
class DisputeCorrections implements LedgerCorrections {

	private final DisputeStore store;

	DisputeCorrections(DisputeStore store) {
		this.store = store;
	}

	@Override
	public List<Adjustment> forPeriod(Period period, Predicate<String> standing) {
		return store.correctionsFor(period.name()).stream()
			.filter(dispute -> dispute.pointsDifference() != 0)
			.filter(dispute -> !dispute.subject().period().equals(period.name()) || standing.test(dispute.subject().key()))
			.map(dispute -> {
				Subject subject = dispute.subject();
				String original = subject.period().equals(period.name()) ? subject.originalPeriod() : subject.period();
				return new Adjustment(original, DisputeCorrection.entry(dispute.id(), dispute.resolution().note(),
						subject.personId(), subject.ruleId(), subject.article(), subject.date(),
						subject.shift() == null ? null : ShiftCode.valueOf(subject.shift()), dispute.pointsDifference(),
						dispute.state() == DisputeState.WAIVED));
			})
			.toList();
	}

	@Override
	public List<LedgerEntry> ofEntriesOf(String closedPeriod) {
		return store.corrected(closedPeriod).stream()
			.filter(dispute -> dispute.pointsDifference() != 0)
			.map(dispute -> {
				Subject subject = dispute.subject();
				return new LedgerEntry(subject.personId(), subject.ruleId(), subject.article(), subject.date(),
						subject.shift() == null ? null : ShiftCode.valueOf(subject.shift()), dispute.pointsDifference(),
						List.of("dispute " + dispute.id()), new Source(subject.sourceFile(), subject.sourceSheet(),
								subject.sourceRow()));
			})
			.toList();
	}

}
