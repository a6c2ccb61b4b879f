package com.conductledger.scoring.rules;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import com.conductledger.schedule.Thresholds;

/**
 * rules.md 2.1 for a shift that was worked: late after the start (Art. 38), not ready 10 minutes
 * early for the handover (Art. 38), signed out before the end (Art. 42).
 */
final class Punctuality {

	private final Ledger ledger;

	private final Thresholds thresholds;

	Punctuality(Ledger ledger) {
		this.ledger = ledger;
		this.thresholds = ledger.schedule().thresholds();
	}

	List<LedgerEntry> check(Duty duty, SignIn signIn) {
		List<LedgerEntry> entries = new ArrayList<>(2);
		LocalDateTime start = duty.startsAt();
		LocalDateTime in = signIn.signIn();
		if (in.isAfter(start)) {
			entries.add(entry(RuleId.ATT_LATE, duty, signIn,
					ReasonCode.SIGNED_IN_LATE.format(ReasonCode.time(in), ReasonCode.time(start))));
		}
		else if (in.isAfter(start.minus(thresholds.handover()))) {
			entries.add(entry(RuleId.ATT_HANDOVER_LATE, duty, signIn, ReasonCode.NOT_READY_FOR_HANDOVER
				.format(ReasonCode.time(in), thresholds.handover().toMinutes(), ReasonCode.time(start))));
		}
		LocalDateTime out = signIn.signOut();
		if (out != null && out.isBefore(duty.endsAt())) {
			entries.add(entry(RuleId.ATT_EARLY_LEAVE, duty, signIn,
					ReasonCode.SIGNED_OUT_EARLY.format(ReasonCode.time(out), ReasonCode.time(duty.endsAt()))));
		}
		return entries;
	}

	private LedgerEntry entry(RuleId rule, Duty duty, SignIn signIn, String reason) {
		return ledger.entry(rule, duty.workerId(), duty.date(), duty.shift(), List.of(reason), signIn.source());
	}

}
