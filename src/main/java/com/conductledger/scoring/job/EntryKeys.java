package com.conductledger.scoring.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.conductledger.scoring.rules.LedgerEntry;

/**
 * A ledger entry's stable identity. Every scoring run writes the period's entries again under new row
 * ids, so what a dispute (or a link) points at is what the entry is: its period, person, rule, date,
 * shift and source row. The same charge scored again has the same key; a different charge, a different
 * key. The reasons are left out on purpose: they are explanations, whose wording may change (and a
 * different verdict on the same row is a different rule). Two entries share an id only when they share
 * all of these (the same conduct code twice on one evaluation row): a dispute then covers one of them.
 */
public final class EntryKeys {

	private static final char SEPARATOR = '\u001f';

	private EntryKeys() {
	}

	/** e.g. {@code 3f1c0a9be0d25c47a1e8b6f2}: 24 hex digits (96 bits) of a sha256. */
	public static String of(String period, LedgerEntry entry) {
		StringBuilder text = new StringBuilder(period);
		append(text, entry.personId());
		append(text, entry.ruleId());
		append(text, entry.date());
		append(text, entry.shift());
		append(text, entry.source().file());
		append(text, entry.source().sheet());
		append(text, entry.source().row());
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

	private static void append(StringBuilder text, Object value) {
		text.append(SEPARATOR).append(value == null ? "" : value.toString());
	}

}
