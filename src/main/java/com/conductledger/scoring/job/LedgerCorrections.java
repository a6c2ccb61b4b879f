package com.conductledger.scoring.job;

import java.util.List;

import com.conductledger.period.Period;
import com.conductledger.scoring.rules.Adjustment;

/**
 * Entries a period's ledger carries that its facts do not give: the corrections of resolved disputes
 * (people.md). An adjustment with an original period corrects a FINAL period; one without corrects
 * the period itself.
 */
public interface LedgerCorrections {

	List<Adjustment> forPeriod(Period period);

}
