package com.conductledger.explain;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.ShiftCode;

/** The facts read back from a reason, and how a sentence writes them in Chinese and in English. */
final class Facts {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");

	/** {@code L01 (TEAM_LEAD)}: an approver and their role, as the rules write them. */
	private static final Pattern APPROVER = Pattern.compile("(\\S+) \\((\\w+)\\)");

	private final Map<String, String> facts;

	Facts(Map<String, String> facts) {
		this.facts = facts;
	}

	String get(String name) {
		String value = facts.get(name);
		if (value == null) {
			throw new IllegalArgumentException("no fact " + name);
		}
		return value;
	}

	/** A moment as {@code 11-12 07:30}, whether the reason wrote it so or as {@code 2026-11-12T07:30}. */
	String time(String name) {
		String value = get(name);
		try {
			return TIME.format(LocalDateTime.parse(value));
		}
		catch (DateTimeParseException notIso) {
			return value;
		}
	}

	/** A moment, without its date when it is the date of the moment before it in the sentence: {@code 08:00}. */
	String timeAfter(String name, String before) {
		String time = time(name);
		String earlier = time(before);
		if (time.length() == 11 && earlier.length() == 11 && time.substring(0, 5).equals(earlier.substring(0, 5))) {
			return time.substring(6);
		}
		return time;
	}

	Label role(String name) {
		return roleLabel(get(name));
	}

	/** {@code L01（班长）} / {@code L01 (team lead)}, or nobody. */
	Label approver(String name) {
		String value = get(name);
		if ("nobody".equals(value)) {
			return new Label("无批准人", "nobody");
		}
		Matcher matcher = APPROVER.matcher(value);
		if (!matcher.matches()) {
			return new Label(value, value);
		}
		Label role = roleLabel(matcher.group(2));
		return new Label(matcher.group(1) + "（" + role.chinese() + "）",
				matcher.group(1) + " (" + role.english().toLowerCase() + ")");
	}

	/** The kind of shift of a duty: a plain shift, a swap shift or a repayment shift. */
	Label duty(String name) {
		return switch (get(name)) {
			case "swap shift" -> new Label("换班班次", "swap shift");
			case "repayment shift" -> new Label("还班班次", "repayment shift");
			default -> new Label("班次", "shift");
		};
	}

	/** {@code 7 h 59 min} is 7 小时 59 分钟. */
	Label duration(String name) {
		String value = get(name);
		return new Label(value.replace(" h", " 小时").replace(" min", " 分钟").replace(" s", " 秒"), value);
	}

	Label shift(String name) {
		String value = get(name);
		try {
			return new Label(Labels.shift(ShiftCode.valueOf(value)).chinese(), value);
		}
		catch (IllegalArgumentException unknown) {
			return new Label(value, value);
		}
	}

	Label status(String name) {
		return switch (get(name)) {
			case "PENDING" -> new Label("待审批", "pending");
			case "REJECTED" -> new Label("已驳回", "rejected");
			default -> new Label(get(name), get(name).toLowerCase());
		};
	}

	/** Rule ids listed with commas, each by its name. */
	Label rules(String name) {
		StringBuilder chinese = new StringBuilder();
		StringBuilder english = new StringBuilder();
		for (String rule : get(name).split(",\\s*")) {
			Label label = Labels.rule(rule);
			chinese.append(chinese.isEmpty() ? "" : "、").append(label.chinese());
			english.append(english.isEmpty() ? "" : ", ").append(label.english().toLowerCase()).append(" (").append(rule).append(")");
		}
		return new Label(chinese.toString(), english.toString());
	}

	private static Label roleLabel(String code) {
		try {
			return Labels.role(Role.valueOf(code));
		}
		catch (IllegalArgumentException unknown) {
			return new Label("未知角色", "unknown role");
		}
	}

}
