package com.conductledger.whatif;

import java.math.BigDecimal;
import java.util.Objects;

import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;

/** A person's scorecard now (the version in force) and then (the proposal): a row of {@code whatif-YYYY-MM.csv}. */
public record WhatIfRow(String personId, String name, String team, int pointsNow, int pointsThen, BigDecimal finalNow,
		BigDecimal finalThen, Integer rankNow, Integer rankThen, Tier tierNow, Tier tierThen, BigDecimal netNow,
		BigDecimal netThen) {

	static WhatIfRow of(Scorecard now, Scorecard then) {
		return new WhatIfRow(now.personId(), now.month().person().name(), now.month().person().team(),
				now.month().deductionPoints(), then.month().deductionPoints(), now.finalScore(), then.finalScore(),
				now.rank(), then.rank(), now.tier(), then.tier(), now.netAmount(), then.netAmount());
	}

	public BigDecimal deltaNet() {
		return netThen.subtract(netNow);
	}

	public int deltaPoints() {
		return pointsThen - pointsNow;
	}

	public boolean tierChanged() {
		return tierNow != tierThen;
	}

	/** Whether anything of the row moves under the proposal. */
	boolean differs() {
		return pointsNow != pointsThen || !same(finalNow, finalThen) || !Objects.equals(rankNow, rankThen)
				|| tierChanged() || netNow.compareTo(netThen) != 0;
	}

	private static boolean same(BigDecimal a, BigDecimal b) {
		return a == null ? b == null : b != null && a.compareTo(b) == 0;
	}

}
