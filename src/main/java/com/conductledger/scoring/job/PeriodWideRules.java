package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.conductledger.scoring.rules.LeaveValidity;
import com.conductledger.scoring.rules.Ledger;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.SickCertificateRule;
import com.conductledger.scoring.rules.Swap;
import com.conductledger.scoring.rules.SwapRules;

/** The rules that look across the period rather than at one day: rules.md 4.2 (swaps) and 3 (sick certificates). */
final class PeriodWideRules {

	private PeriodWideRules() {
	}

	static List<LedgerEntry> entries(ScoringContext context) {
		Ledger rulebook = new Ledger(context.schedule);
		LocalDate dayBefore = context.period.firstDate().minusDays(1);
		List<Swap> periodSwaps = context.applicableSwaps.stream()
			.filter(swap -> context.period.contains(swap.swapDate()))
			.toList();
		List<Swap> swapsDayBefore = context.applicableSwaps.stream()
			.filter(swap -> swap.swapDate().equals(dayBefore))
			.toList();
		List<LedgerEntry> entries = new ArrayList<>(new SwapRules(rulebook, context.people, context.holidays)
			.check(periodSwaps, swapsDayBefore, context.roster, context.roster));
		SickCertificateRule certificates = new SickCertificateRule(rulebook);
		LeaveValidity validity = new LeaveValidity(context.schedule.thresholds(), context.people, context.holidays);
		context.leaves.stream()
			.filter(leave -> context.period.contains(leave.lastDate()))
			.forEach(leave -> certificates.check(leave,
					validity.validForAShift(leave, context.leaveDuties.get(leave.leaveId())))
				.ifPresent(entries::add));
		return entries;
	}

}
