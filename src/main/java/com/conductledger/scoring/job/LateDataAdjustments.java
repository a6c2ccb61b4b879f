package com.conductledger.scoring.job;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.rules.Adjustment;
import com.conductledger.scoring.rules.Adjustments;

/**
 * The adjustments an open period carries for the closed periods before it (those with no open
 * period in between) that received files after they were closed.
 */
@Component
class LateDataAdjustments {

	private final PeriodRegistry periods;

	private final ShadowScoring shadow;

	private final LedgerStore ledger;

	private final PenaltySchedule schedule;

	LateDataAdjustments(PeriodRegistry periods, ShadowScoring shadow, LedgerStore ledger,
			PenaltySchedule schedule) {
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
				adjustments.addAll(Adjustments.of(closed.period(), shadow.entries(period), ledger.ownEntries(closed.period()),
						ledger.finalAdjustmentsOf(closed.period())));
			}
		}
		return adjustments;
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
