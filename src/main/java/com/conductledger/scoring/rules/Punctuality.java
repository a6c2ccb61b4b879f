package com.conductledger.scoring.rules;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.conductledger.schedule.Thresholds;

/**
 * rules.md 2.1 for a shift that was worked: late after the start (Art. 38), not ready 10 minutes
 * early for the handover (Art. 38), signed out before the end (Art. 42).
 */
final class Punctuality {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

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
					"signed in " + TIME.format(in) + ", after the start " + TIME.format(start)));
		}
		else if (in.isAfter(start.minus(thresholds.handover()))) {
			entries.add(entry(RuleId.ATT_HANDOVER_LATE, duty, signIn, "signed in " + TIME.format(in) + ", less than "
					+ thresholds.handover().toMinutes() + " min before the start " + TIME.format(start)));
		}
		LocalDateTime out = signIn.signOut();
		if (out != null && out.isBefore(duty.endsAt())) {
			entries.add(entry(RuleId.ATT_EARLY_LEAVE, duty, signIn,
					"signed out " + TIME.format(out) + ", before the end " + TIME.format(duty.endsAt())));
		}
		return entries;
	}

	private LedgerEntry entry(RuleId rule, Duty duty, SignIn signIn, String reason) {
		return ledger.entry(rule, duty.workerId(), duty.date(), duty.shift(), List.of(reason), signIn.source());
	}

}
