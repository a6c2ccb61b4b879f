package com.conductledger.web.periods;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.conductledger.people.PeopleDirectory;
import com.conductledger.people.PersonRecord;
import com.conductledger.people.PersonScope;
import com.conductledger.people.ScopeService;
import com.conductledger.security.LedgerRole;
import com.conductledger.web.OutputFile.Audience;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.WebProblem;

/**
 * The period's files a caller may download: a manager or an administrator every report file, as
 * before; a team lead only the pack of a team whose every person is in their scope
 * ({@code scorecards-YYYY-MM-<team>.pdf}); anyone else nothing. A file not theirs is not found.
 */
@Component
public class TeamPacks {

	private final PeriodFolder folder;

	private final ScopeService scopes;

	private final PeopleDirectory people;

	TeamPacks(PeriodFolder folder, ScopeService scopes, PeopleDirectory people) {
		this.folder = folder;
		this.scopes = scopes;
		this.people = people;
	}

	/** Whether the caller gets every report file of a period (the workbook, the full pack, the ledger). */
	static boolean seesEveryFile(Authentication caller) {
		Set<LedgerRole> roles = ScopeService.roles(caller);
		return roles.contains(LedgerRole.MANAGER) || roles.contains(LedgerRole.ADMIN);
	}

	Path find(Authentication caller, String period, String fileName) {
		if (seesEveryFile(caller)) {
			return folder.find(period, fileName, Audience.REPORTS);
		}
		if (!packNames(caller, period).contains(fileName)) {
			throw WebProblem.notFound("没有此文件 no file '" + fileName + "' for period " + period);
		}
		return folder.find(period, fileName, Audience.REPORTS);
	}

	/** The team packs of the period the caller may download and that have been written, by name. */
	public List<PeriodFolder.Download> available(Authentication caller, String period) {
		Set<String> names = packNames(caller, period);
		List<PeriodFolder.Download> packs = new ArrayList<>();
		for (PeriodFolder.Download file : folder.list(period, Audience.REPORTS)) {
			if (file.teamPack() && (seesEveryFile(caller) || names.contains(file.name()))) {
				packs.add(file);
			}
		}
		return packs;
	}

	/** The names of the packs of the teams wholly in the caller's (limited) scope. */
	private Set<String> packNames(Authentication caller, String period) {
		PersonScope scope = scopes.scopeOf(caller);
		Set<String> names = new LinkedHashSet<>();
		if (scope.isEveryone() || !ScopeService.roles(caller).contains(LedgerRole.TEAM_LEAD)) {
			return names;
		}
		Set<String> teams = new LinkedHashSet<>();
		for (PersonRecord person : people.find(scope.limitedTo())) {
			if (person.team() != null && !person.team().isBlank()) {
				teams.add(person.team());
			}
		}
		for (String team : teams) {
			List<PersonRecord> members = people.ofTeam(team);
			if (!members.isEmpty() && members.stream().allMatch(member -> scope.includes(member.id()))) {
				names.add("scorecards-" + period + "-" + team.strip().replaceAll("[^\\p{L}\\p{N}._-]", "_") + ".pdf");
			}
		}
		return names;
	}

}
