package com.conductledger.whatif;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import com.conductledger.export.CsvWriter;

/**
 * Writes a what-if as schedules.md lays it out: {@code DIR/YYYY-MM/whatif-YYYY-MM.csv} (the people
 * whose row moves) and {@code whatif-rules-YYYY-MM.csv} (each rule's entries and points now and then).
 */
public final class WhatIfFiles {

	static final String[] PEOPLE_HEADER = { "person_id", "name", "team", "points_now", "points_then", "final_now",
			"final_then", "rank_now", "rank_then", "tier_now", "tier_then", "net_now", "net_then", "delta_net" };

	static final String[] RULES_HEADER = { "rule_id", "entries_now", "points_now", "entries_then", "points_then" };

	private WhatIfFiles() {
	}

	/** Writes both files under {@code out/YYYY-MM/}; returns them, the people's first. */
	public static List<Path> write(WhatIfResult result, Path out) {
		Path folder = out.resolve(result.period());
		Path people = folder.resolve(peopleFileName(result.period()));
		Path rules = folder.resolve(rulesFileName(result.period()));
		try (CsvWriter csv = new CsvWriter(people)) {
			writePeople(result, csv);
		}
		try (CsvWriter csv = new CsvWriter(rules)) {
			writeRules(result, csv);
		}
		return List.of(people, rules);
	}

	public static String peopleFileName(String period) {
		return "whatif-" + period + ".csv";
	}

	public static String rulesFileName(String period) {
		return "whatif-rules-" + period + ".csv";
	}

	private static void writePeople(WhatIfResult result, CsvWriter csv) {
		csv.row(PEOPLE_HEADER);
		for (WhatIfRow row : result.rows()) {
			csv.text(row.personId()).text(row.name()).text(row.team()).number(row.pointsNow()).number(row.pointsThen())
				.number(plain(row.finalNow())).number(plain(row.finalThen())).number(row.rankNow()).number(row.rankThen())
				.text(row.tierNow().name()).text(row.tierThen().name()).number(plain(row.netNow()))
				.number(plain(row.netThen())).number(plain(row.deltaNet()))
				.endRow();
		}
	}

	private static void writeRules(WhatIfResult result, CsvWriter csv) {
		csv.row(RULES_HEADER);
		for (RuleTotals rule : result.rules()) {
			csv.text(rule.ruleId()).number(rule.entriesNow()).number(rule.pointsNow()).number(rule.entriesThen())
				.number(rule.pointsThen())
				.endRow();
		}
	}

	private static String plain(BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

}
