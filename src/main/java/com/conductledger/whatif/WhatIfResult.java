package com.conductledger.whatif;

import java.math.BigDecimal;
import java.util.List;

import com.conductledger.schedule.VersionName;

/**
 * What a proposal would do to a period: the people whose row moves (by |delta net| desc, then
 * person id), each rule's totals now and then, and the totals the console and the page show;
 * how long it took in all, and of that how long reading the facts took.
 */
public record WhatIfResult(String period, VersionName inForce, String proposalSha256, int people, List<WhatIfRow> rows,
		List<RuleTotals> rules, long millis, long readMillis) {

	public WhatIfResult {
		rows = List.copyOf(rows);
		rules = List.copyOf(rules);
	}

	/** People whose row differs in any column. */
	public int peopleAffected() {
		return rows.size();
	}

	/** People whose deduction points differ. */
	public long pointsChanged() {
		return rows.stream().filter(row -> row.deltaPoints() != 0).count();
	}

	public long tierChanges() {
		return rows.stream().filter(WhatIfRow::tierChanged).count();
	}

	/** The sum of |delta net|: the money that changes hands, whichever way. */
	public BigDecimal moneyMoved() {
		return rows.stream().map(row -> row.deltaNet().abs()).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	/** The sum of delta net: what the proposal adds to (or, negative, takes from) the period's payroll. */
	public BigDecimal netChange() {
		return rows.stream().map(WhatIfRow::deltaNet).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
	}

	public WhatIfResult withMillis(long elapsed, long reading) {
		return new WhatIfResult(period, inForce, proposalSha256, people, rows, rules, elapsed, reading);
	}

}
