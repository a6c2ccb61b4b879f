package com.conductledger.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

import com.conductledger.security.LedgerRole;
import com.conductledger.security.LedgerUser;

/** The signed-in user as the header shows them: name, roles and the areas they may open. */
public record CurrentUser(String username, String displayName, Set<LedgerRole> roles, List<Area> areas) {

	/** An area of the interface and the roles that open it (ADMIN opens every area). */
	public enum Area {

		QA("/qa", "质检", "QA", LedgerRole.QA), FEEDS("/feeds", "数据", "Data feeds", LedgerRole.MANAGER),
		PERIODS("/periods", "周期", "Periods", LedgerRole.MANAGER), WHATIF("/whatif", "假设", "What-if", LedgerRole.MANAGER),
		PAYROLL("/payroll", "薪资", "Payroll", LedgerRole.PAYROLL),
		JOBS("/admin", "任务", "Jobs", LedgerRole.ADMIN), USERS("/admin/users", "用户", "Users", LedgerRole.ADMIN),
		SCHEDULES("/admin/schedules", "规则版本", "Schedules", LedgerRole.ADMIN);

		private final String path;

		private final String chinese;

		private final String english;

		private final LedgerRole role;

		Area(String path, String chinese, String english, LedgerRole role) {
			this.path = path;
			this.chinese = chinese;
			this.english = english;
			this.role = role;
		}

		public String path() {
			return path;
		}

		public String chinese() {
			return chinese;
		}

		public String english() {
			return english;
		}

		boolean openTo(Set<LedgerRole> roles) {
			return roles.contains(role) || roles.contains(LedgerRole.ADMIN);
		}

	}

	public static CurrentUser of(Authentication authentication) {
		Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			Arrays.stream(LedgerRole.values())
				.filter(role -> role.authority().equals(authority.getAuthority()))
				.forEach(roles::add);
		}
		List<Area> areas = new ArrayList<>(Arrays.stream(Area.values()).filter(area -> area.openTo(roles)).toList());
		String displayName = authentication.getPrincipal() instanceof LedgerUser user ? user.getDisplayName()
				: authentication.getName();
		return new CurrentUser(authentication.getName(), displayName, roles, areas);
	}

	/** Whether the user may open the area of this name (e.g. {@code PERIODS}), for links a page shows only to them. */
	public boolean opens(String areaName) {
		return areas.stream().anyMatch(area -> area.name().equals(areaName));
	}

	public String roleLabels() {
		return String.join(" · ", roles.stream().map(LedgerRole::label).toList());
	}

}
