package com.conductledger.scoring.rules;

/** A ledger entry of an open period that corrects a closed one: the closed period it refers to, and the entry. */
public record Adjustment(String originalPeriod, LedgerEntry entry) {
}
