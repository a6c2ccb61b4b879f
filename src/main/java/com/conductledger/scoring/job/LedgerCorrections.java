package com.conductledger.scoring.job;

import java.util.List;
import java.util.function.Predicate;

import com.conductledger.period.Period;
import com.conductledger.scoring.rules.Adjustment;
import com.conductledger.scoring.rules.LedgerEntry;

/**
 * Entries a period's ledger carries that its facts do not give: the corrections of resolved disputes
 * (people.md). An adjustment with an original period corrects a FINAL period; one without corrects
 * the period itself.
 */
public interface LedgerCorrections {

	/**
	 * The corrections the period's ledger carries; {@code standing} tells whether an entry id of the period
	 * is in the ledger being written (a charge that late data withdrew needs no correction any more).
	 */
	List<Adjustment> forPeriod(Period period, Predicate<String> standing);

	/**
	 * The corrections of a closed period's entries, wherever they were charged, each in the terms of the
	 * entry it corrects (its person, rule, date, shift and source, the signed difference): so that late
	 * data for the period neither undoes a correction nor, when it withdraws the entry, adds to it.
	 */
	List<LedgerEntry> ofEntriesOf(String closedPeriod);

}
