package com.conductledger.scoring.job;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.rules.Adjustment;
import com.conductledger.scoring.rules.Adjustments;
import com.conductledger.scoring.rules.LedgerEntry;

/**
 * The adjustments an open period carries for the closed periods before it (those with no open
 * period in between) that received files after they were closed. The dispute corrections of the closed
 * period's entries count as charged, and as due while their entry stands.
 */
@Component
class LateDataAdjustments {

	private final PeriodRegistry periods;

	private final ShadowScoring shadow;

	private final LedgerStore ledger;

	private final PenaltySchedule schedule;

	private final List<LedgerCorrections> corrections;

	LateDataAdjustments(PeriodRegistry periods, ShadowScoring shadow, LedgerStore ledger, PenaltySchedule schedule,
			List<LedgerCorrections> corrections) {
		this.corrections = corrections;
		this.periods = periods;
		this.shadow = shadow;
		this.ledger = ledger;
		this.schedule = schedule;
	}

	List<Adjustment> forOpenPeriod(Period open) {
		List<Adjustment> adjustments = new ArrayList<>();
		for (PeriodStatus closed : closedPeriodsBefore(open.name())) {
			if (periods.receivedFilesSinceClose(closed.period())) {
				Period period = Period.of(closed.period(), schedule.cutoffDay());
				List<LedgerEntry> rescored = new ArrayList<>(shadow.entries(period));
				List<LedgerEntry> adjusted = new ArrayList<>(ledger.finalAdjustmentsOf(closed.period()));
				for (LedgerCorrections source : corrections) {
					List<LedgerEntry> corrected = source.ofEntriesOf(closed.period());
					adjusted.addAll(corrected);
					rescored.addAll(standing(corrected, rescored));
				}
				adjustments.addAll(Adjustments.of(closed.period(), rescored, ledger.ownEntries(closed.period()), adjusted));
			}
		}
		return adjustments;
	}

	/**
	 * The corrections whose entry the closed period, scored again, still has: a correction counts as
	 * charged either way, and as due only while its entry stands.
	 */
	private static List<LedgerEntry> standing(List<LedgerEntry> corrections, List<LedgerEntry> rescored) {
		Set<String> charges = new HashSet<>();
		rescored.forEach(entry -> charges.add(charge(entry)));
		return corrections.stream().filter(correction -> charges.contains(charge(correction))).toList();
	}

	private static String charge(LedgerEntry entry) {
		return entry.personId() + "|" + entry.ruleId() + "|" + entry.date() + "|" + entry.shift() + "|" + entry.source();
	}

	/** FINAL periods before this one, newest first, up to the first period that is not FINAL. */
	private List<PeriodStatus> closedPeriodsBefore(String open) {
		List<PeriodStatus> closed = new ArrayList<>();
		for (PeriodStatus status : periods.all()) {
			if (status.period().compareTo(open) >= 0) {
				continue;
			}
			if (!status.isFinal()) {
				break;
			}
			closed.add(status);
		}
		return closed;
	}

}
