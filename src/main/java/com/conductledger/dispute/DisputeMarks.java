package com.conductledger.dispute;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Disputes as the person page and the period's reports show them, beside the entries and evaluations
 * they are about. No scope here: the page and the reports are already in scope.
 */
@Component
public class DisputeMarks {

	private final DisputeStore store;

	DisputeMarks(DisputeStore store) {
		this.store = store;
	}

	/** For the period's reports: the disputes of its entries and evaluations, and those whose correction it carries. */
	public List<Dispute> ofPeriod(String period) {
		return store.ofPeriod(period);
	}

	/** The standing dispute of each of a person's entries and evaluations, by entry id or evaluation id (for their page). */
	public Map<String, Dispute> standingOf(String personId) {
		Map<String, Dispute> standing = new HashMap<>();
		for (Dispute dispute : store.ofPerson(personId)) {
			if (dispute.state().counts() || !standing.containsKey(dispute.subject().key())) {
				standing.put(dispute.subject().key(), dispute);
			}
		}
		return standing;
	}

	/** The standing dispute of each disputed entry of the period's ledger, by entry id (for its reports). */
	public Map<String, Dispute> standingOfEntries(String period) {
		Map<String, Dispute> standing = new HashMap<>();
		for (Dispute dispute : store.ofPeriod(period)) {
			if (dispute.subject().kind() == Subject.Kind.ENTRY && dispute.subject().period().equals(period)
					&& (dispute.state().counts() || !standing.containsKey(dispute.subject().key()))) {
				standing.put(dispute.subject().key(), dispute);
			}
		}
		return standing;
	}

	/** An entry's dispute as a line of its reasons in the reports: {@code 申诉 dispute D-001 OPEN}. */
	public static String reasonLine(Dispute dispute) {
		return "申诉 dispute " + dispute.id() + " " + dispute.state();
	}

}
