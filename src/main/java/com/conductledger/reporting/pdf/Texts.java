package com.conductledger.reporting.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

	/** {@code 1,234,567.80}: two decimals, half up, thousands grouped (one format per thread: the packs are written several at a time). */
	private static final ThreadLocal<DecimalFormat> MONEY = ThreadLocal.withInitial(() -> {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format;
	});

	static String money(BigDecimal value) {
		return value == null ? NONE : MONEY.get().format(value.setScale(2, RoundingMode.HALF_UP));
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
