package com.conductledger.reporting;

import java.util.function.Consumer;

import com.conductledger.scoring.rules.LedgerEntry;

/** A period's ledger entries, streamed in the order of formats.md (person_id, date, shift, rule_id). */
@FunctionalInterface
public interface LedgerSource {

	void forEachEntry(Consumer<LedgerEntry> action);

}
