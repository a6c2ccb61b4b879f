package com.conductledger.explain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.ShiftCode;

/**
 * The one place where tiers, categories, rules, roles and shifts get their names, for the web, the
 * PDF packs and the workbook alike. Chinese words follow the regulations and their glossary
 * (regulations-en.md): 换班 swap, 班长 team lead, 客服主管 supervisor, 旷工 absenteeism; the tiers are
 * 奖励 / 标准 / 警告, the words of the meeting pack (奖优罚劣, Art. 23).
 */
public final class Labels {

	/** {@code 26}, {@code 47(1)1}, {@code 46(3) item 8}: article, paragraph, item. */
	private static final Pattern ARTICLE = Pattern.compile("(\\d+)(?:\\((\\d)\\))?(?: item (\\d+)|(\\d+))?");

	private Labels() {
	}

	public static Label tier(Tier tier) {
		return switch (tier) {
			case REWARD -> new Label("奖励", "Reward");
			case STANDARD -> new Label("标准", "Standard");
			case WARNING -> new Label("警告", "Warning");
			case NOT_EVALUATED -> new Label("未评估", "Not evaluated");
		};
	}

	public static Label category(Category category) {
		return switch (category) {
			case ATTENDANCE -> new Label("考勤", "Attendance");
			case LEAVE -> new Label("请假", "Leave");
			case SWAPS -> new Label("换班", "Swaps");
			case BREAKS -> new Label("如厕", "Breaks");
			case CONDUCT -> new Label("行为规范", "Conduct");
		};
	}

	public static Label role(Role role) {
		return switch (role) {
			case AGENT -> new Label("话务员", "Agent");
			case TEAM_LEAD -> new Label("班长", "Team lead");
			case SUPERVISOR -> new Label("客服主管", "Supervisor");
			case OPS_MANAGER -> new Label("运营经理", "Operations manager");
		};
	}

	/**
	 * A dispute's state in words (people.md, Disputes): 待处理 Open, 维持 Upheld, 免除 Waived, 减分 Reduced,
	 * 重评 Rescored, 已撤回 Withdrawn; an unknown name as it is.
	 */
	public static Label disputeState(String state) {
		return switch (state) {
			case "OPEN" -> new Label("待处理", "Open");
			case "UPHELD" -> new Label("维持", "Upheld");
			case "WAIVED" -> new Label("免除", "Waived");
			case "REDUCED" -> new Label("减分", "Reduced");
			case "RESCORED" -> new Label("重评", "Rescored");
			case "WITHDRAWN" -> new Label("已撤回", "Withdrawn");
			default -> new Label(state, state);
		};
	}

	/** A shift as the roster names it, the code kept in English: {@code 夜班 NIGHT}. */
	public static Label shift(ShiftCode shift) {
		return switch (shift) {
			case DAY -> new Label("白班", "DAY");
			case EVENING -> new Label("中班", "EVENING");
			case NIGHT -> new Label("夜班", "NIGHT");
		};
	}

	/** A rule's name; a conduct code's rule {@code QA-Cnn} is named by its code, an unknown rule by its id. */
	public static Label rule(String ruleId) {
		if (ruleId.startsWith("QA-")) {
			String code = ruleId.substring(3);
			return new Label("行为规范 " + code, "Conduct " + code);
		}
		return switch (ruleId) {
			case "ATT-ABSENT" -> new Label("旷工", "Absent");
			case "ATT-LATE" -> new Label("迟到", "Late");
			case "ATT-HANDOVER-LATE" -> new Label("接班准备不足", "Late for the handover");
			case "ATT-EARLY-LEAVE" -> new Label("早退", "Left early");
			case "LV-SICK-CERT-LATE" -> new Label("病假证明迟交", "Sick certificate late");
			case "SW-EXCESS" -> new Label("超次换班", "Swaps over the limit");
			case "SW-LATE-REQUEST" -> new Label("换班申请过晚", "Swap requested late");
			case "SW-HOLIDAY" -> new Label("节假日换班", "Swap on a holiday");
			case "SW-JOB-MISMATCH" -> new Label("换班工种不符", "Swap across job types");
			case "SW-CONSECUTIVE" -> new Label("连续换班", "Consecutive swaps");
			case "SW-BACK-TO-BACK" -> new Label("连班", "Back-to-back shifts");
			case "SW-IMPROPER-APPROVAL" -> new Label("违规批准换班", "Improper swap approval");
			case "SW-PRIVATE-COVER" -> new Label("私自顶班", "Private swap cover");
			case "BR-OVERTIME" -> new Label("离岗超时", "Break too long");
			case "BR-UNAPPROVED" -> new Label("未经批准离岗", "Unapproved break");
			case "BR-CONCURRENT" -> new Label("同时离岗超限", "Too many away at once");
			case "DISPUTE-CORRECTION" -> new Label("申诉更正", "Dispute correction");
			default -> new Label(ruleId, ruleId);
		};
	}

	/** An article as the regulations cite it: {@code 26, 27} is 第26、27条 / Art. 26, 27; {@code 46(3) item 8} is 第46条(三)第8项. */
	public static Label article(String article) {
		if (article == null || article.isBlank()) {
			return new Label("", "");
		}
		String[] parts = article.split(",\\s*");
		StringBuilder chinese = new StringBuilder("第");
		for (int i = 0; i < parts.length; i++) {
			chinese.append(i == 0 ? "" : "、").append(chineseArticle(parts[i].strip(), i == parts.length - 1));
		}
		return new Label(chinese.toString(), "Art. " + article);
	}

	private static String chineseArticle(String part, boolean last) {
		Matcher matcher = ARTICLE.matcher(part);
		if (!matcher.matches()) {
			return part + (last ? "条" : "");
		}
		StringBuilder text = new StringBuilder(matcher.group(1));
		if (matcher.group(2) == null && !last) {
			return text.toString();
		}
		text.append("条");
		if (matcher.group(2) != null) {
			text.append("(").append("〇一二三四五六七八九".charAt(Integer.parseInt(matcher.group(2)))).append(")");
		}
		String item = matcher.group(3) != null ? matcher.group(3) : matcher.group(4);
		if (item != null) {
			text.append("第").append(item).append("项");
		}
		return text.toString();
	}

}
