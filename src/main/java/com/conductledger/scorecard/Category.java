package com.conductledger.scorecard;

import java.util.Arrays;

/** The categories of points on a scorecard, by the prefix of their rule ids. */
public enum Category {

	ATTENDANCE("ATT-"), LEAVE("LV-"), SWAPS("SW-"), BREAKS("BR-"), CONDUCT("QA-");

	private final String prefix;

	Category(String prefix) {
		this.prefix = prefix;
	}

	public static Category of(String ruleId) {
		return Arrays.stream(values())
			.filter(category -> ruleId.startsWith(category.prefix))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no category for rule " + ruleId));
	}

}
