package com.conductledger.reporting.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import com.conductledger.explain.Labels;
import com.conductledger.history.TeamMonth;
import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.ShiftCode;

/**
 * How values read on the meeting pack: Chinese first, English after, as the labels are (the names
 * themselves are {@link Labels}, shared with the web and the workbook); numbers in a fixed locale so
 * a pack prints the same on every machine; a dash where there is no value.
 */
final class Texts {

	static final String NONE = "—";

	private Texts() {
	}

	static String score(BigDecimal value) {
		return value == null ? NONE : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	/** {@code 1,234,567.80}: two decimals, half up, thousands grouped (as {@code %,.2f} says it, without its cost on every field). */
	static String money(BigDecimal value) {
		if (value == null) {
			return NONE;
		}
		String plain = value.setScale(2, RoundingMode.HALF_UP).toPlainString();
		int sign = plain.startsWith("-") ? 1 : 0;
		int point = plain.length() - 3;
		StringBuilder grouped = new StringBuilder(plain.length() + 6);
		grouped.append(plain, 0, sign);
		for (int i = sign; i < point; i++) {
			if (i > sign && (point - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(plain.charAt(i));
		}
		return grouped.append(plain, point, plain.length()).toString();
	}

	static String count(long value) {
		return String.format(Locale.ROOT, "%,d", value);
	}

	static String rank(Integer rank) {
		return rank == null ? NONE : rank.toString();
	}

	/** A team's name; people without a team are under their own label, never the centre's. */
	static String team(String team) {
		return team == null || team.isBlank() ? TeamMonth.NO_TEAM : team;
	}

	static String tier(Tier tier) {
		return Labels.tier(tier).toString();
	}

	static String role(Role role) {
		return Labels.role(role).toString();
	}

	static String shift(ShiftCode shift) {
		return shift == null ? NONE : Labels.shift(shift).toString();
	}

	static String category(Category category) {
		return Labels.category(category).toString();
	}

}
