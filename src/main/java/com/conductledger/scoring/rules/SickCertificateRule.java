package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * rules.md 3, Art. 29: the certificate of a valid sick leave is handed in on the first day after
 * the leave; later earns {@code LV-SICK-CERT-LATE}, once per leave.
 */
public final class SickCertificateRule {

	private final Ledger ledger;

	public SickCertificateRule(Ledger ledger) {
		this.ledger = ledger;
	}

	/** @param valid whether the leave was found valid for a shift it covers */
	public Optional<LedgerEntry> check(LeaveRequest leave, boolean valid) {
		LocalDate due = leave.lastDate().plusDays(ledger.schedule().thresholds().sickCertificateGraceDays());
		if (!valid || leave.type() != LeaveRequest.Type.SICK || leave.certificateSubmittedOn() == null
				|| !leave.certificateSubmittedOn().isAfter(due)) {
			return Optional.empty();
		}
		return Optional.of(ledger.entry(RuleId.LV_SICK_CERT_LATE, leave.agentId(), leave.lastDate(), null,
				List.of(ReasonCode.SICK_CERTIFICATE_LATE.format(leave.leaveId(), leave.certificateSubmittedOn(), due)),
				leave.source()));
	}

}
