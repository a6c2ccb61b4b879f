package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.List;

import com.conductledger.scoring.rules.DataWarning;
import com.conductledger.scoring.rules.LedgerEntry;

/** One day of a period, scored. */
record ScoredDay(LocalDate date, List<LedgerEntry> entries, List<DataWarning> warnings) {
}
