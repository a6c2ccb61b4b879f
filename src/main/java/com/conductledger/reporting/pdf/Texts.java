package com.conductledger.reporting.pdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import com.conductledger.history.TeamMonth;
import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.ShiftCode;

/**
 * How values read on the meeting pack: Chinese first, English after, as the labels are; numbers in
 * a fixed locale so a pack prints the same on every machine; a dash where there is no value.
 */
final class Texts {

	static final String NONE = "—";

	private Texts() {
	}

	static String score(BigDecimal value) {
		return value == null ? NONE : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
	}

	static String money(BigDecimal value) {
		return value == null ? NONE : String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_UP));
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
		return switch (tier) {
			case REWARD -> "奖励 REWARD";
			case WARNING -> "警告 WARNING";
			case STANDARD -> "标准 STANDARD";
			case NOT_EVALUATED -> "未评估 NOT EVALUATED";
		};
	}

	static String role(Role role) {
		return switch (role) {
			case AGENT -> "坐席 Agent";
			case TEAM_LEAD -> "组长 Team lead";
			case SUPERVISOR -> "主管 Supervisor";
			case OPS_MANAGER -> "运营经理 Operations manager";
		};
	}

	static String shift(ShiftCode shift) {
		if (shift == null) {
			return NONE;
		}
		return switch (shift) {
			case DAY -> "白班 DAY";
			case EVENING -> "中班 EVENING";
			case NIGHT -> "夜班 NIGHT";
		};
	}

	static String category(Category category) {
		return switch (category) {
			case ATTENDANCE -> "考勤 Attendance";
			case LEAVE -> "请假 Leave";
			case SWAPS -> "换班 Swaps";
			case BREAKS -> "如厕 Breaks";
			case CONDUCT -> "质检 Conduct";
		};
	}

}
