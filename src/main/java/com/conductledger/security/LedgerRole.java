package com.conductledger.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles of the web interface; each opens one area, and ADMIN opens them all. */
public enum LedgerRole {

	QA("质检", "QA"), MANAGER("主管", "Manager"), PAYROLL("薪资", "Payroll"), ADMIN("管理员", "Admin"),
	AGENT("坐席", "Agent"), TEAM_LEAD("组长", "Team lead");

	private final String chinese;

	private final String english;

	LedgerRole(String chinese, String english) {
		this.chinese = chinese;
		this.english = english;
	}

	/** e.g. {@code 质检 QA}. */
	public String label() {
		return chinese + " " + english;
	}

	public String authority() {
		return "ROLE_" + name();
	}

	/** Parses {@code QA,MANAGER} (any case, blanks ignored); an unknown name is an {@link IllegalArgumentException}. */
	public static Set<LedgerRole> parse(String names) {
		Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
		for (String name : String.valueOf(names).split(",")) {
			String trimmed = name.trim().toUpperCase(Locale.ROOT);
			if (!trimmed.isEmpty() && !trimmed.equals("NULL")) {
				roles.add(of(trimmed));
			}
		}
		return roles;
	}

	public static LedgerRole of(String name) {
		return Arrays.stream(values())
			.filter(role -> role.name().equalsIgnoreCase(name.trim()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"unknown role '" + name + "': use " + Arrays.toString(values())));
	}

	public static String format(Set<LedgerRole> roles) {
		return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
	}

}
