package com.conductledger.web.periods;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.conductledger.people.PeopleDirectory;
import com.conductledger.people.PersonRecord;
import com.conductledger.people.PersonScope;
import com.conductledger.people.ScopeService;
import com.conductledger.reporting.TeamPackFiles;
import com.conductledger.reporting.pdf.MeetingPackWriter;
import com.conductledger.security.LedgerRole;
import com.conductledger.web.OutputFile;
import com.conductledger.web.OutputFile.Audience;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.Periods;
import com.conductledger.web.WebProblem;

/**
 * The period's files a caller may download: a manager or an administrator every report file, as
 * before; a team lead only the pack of a team whose every person is in their scope
 * ({@code scorecards-YYYY-MM-<team>.pdf}); anyone else nothing. A file not theirs is not found. An
 * open period's team packs are offered once its reports are written and rendered when first asked
 * for ({@link TeamPackFiles}).
 */
@Component
public class TeamPacks {

	private final PeriodFolder folder;

	private final ScopeService scopes;

	private final PeopleDirectory people;

	private final TeamPackFiles onRequest;

	private final Periods periods;

	TeamPacks(PeriodFolder folder, ScopeService scopes, PeopleDirectory people, TeamPackFiles onRequest,
			Periods periods) {
		this.folder = folder;
		this.scopes = scopes;
		this.people = people;
		this.onRequest = onRequest;
		this.periods = periods;
	}

	/** Whether the caller gets every report file of a period (the workbook, the full pack, the ledger). */
	static boolean seesEveryFile(Authentication caller) {
		Set<LedgerRole> roles = ScopeService.roles(caller);
		return roles.contains(LedgerRole.MANAGER) || roles.contains(LedgerRole.ADMIN);
	}

	/**
	 * The file to download: a report file of the folder, or a team's pack, rendered now when the
	 * period is open and no one asked for it since its reports were written ({@link TeamPackFiles}).
	 */
	Path find(Authentication caller, String period, String fileName) {
		if (!seesEveryFile(caller) && !packNames(caller, period).contains(fileName)) {
			throw WebProblem.notFound("没有此文件 no file '" + fileName + "' for period " + period);
		}
		if (OutputFile.TEAM_PDF_PACK.matches(Periods.checkName(period), fileName)) {
			Optional<Path> pack = onRequest.pack(periods.period(period), fileName);
			if (pack.isPresent()) {
				return pack.get();
			}
		}
		return folder.find(period, fileName, Audience.REPORTS);
	}

	/** The team packs of the period the caller may download (written, or rendered when asked for), by name. */
	public List<PeriodFolder.Download> available(Authentication caller, String period) {
		Set<String> names = packNames(caller, period);
		List<PeriodFolder.Download> packs = new ArrayList<>();
		for (PeriodFolder.Download file : withOnRequest(period, folder.list(period, Audience.REPORTS))) {
			if (file.teamPack() && (seesEveryFile(caller) || names.contains(file.name()))) {
				packs.add(file);
			}
		}
		return packs;
	}

	/** The period's report files and, beside them, the team packs not yet rendered that may be asked for. */
	List<PeriodFolder.Download> withOnRequest(String period, List<PeriodFolder.Download> files) {
		List<String> more = onRequest.onRequest(periods.period(period));
		if (more.isEmpty()) {
			return files;
		}
		Set<String> present = new HashSet<>();
		files.forEach(file -> present.add(file.name()));
		List<PeriodFolder.Download> all = new ArrayList<>(files);
		for (String name : more) {
			if (present.add(name)) {
				all.add(new PeriodFolder.Download(name, OutputFile.TEAM_PDF_PACK.label(), OutputFile.TEAM_PDF_PACK));
			}
		}
		all.sort(Comparator.comparing(PeriodFolder.Download::name));
		return all;
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
				names.add(MeetingPackWriter.teamFileName(periods.period(period), team));
			}
		}
		return names;
	}

}
