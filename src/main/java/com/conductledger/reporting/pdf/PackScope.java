package com.conductledger.reporting.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.conductledger.period.Period;
import com.conductledger.scorecard.Scorecard;

/**
 * Whom a meeting pack covers: everyone (the full pack) or one team (the pack that team presents at
 * the meeting). A team name comes from agents.csv, so it is made safe before it names a file.
 */
record PackScope(String team, String personId) {

	static PackScope everyone() {
		return new PackScope(null, null);
	}

	static PackScope ofTeam(String team) {
		if (team == null || team.isBlank()) {
			throw new IllegalArgumentException("a team pack needs a team name");
		}
		return new PackScope(team, null);
	}

	/** One person's page alone, as a manager hands it to them. */
	static PackScope ofPerson(String personId) {
		return new PackScope(null, personId);
	}

	boolean isEveryone() {
		return team == null && personId == null;
	}

	boolean includes(Scorecard card) {
		if (personId != null) {
			return personId.equals(card.personId());
		}
		return team == null || team.equals(card.month().person().team());
	}

	/** The scope's scorecards, in the order of the month's list (ranked agents by rank, then by id). */
	List<Scorecard> select(List<Scorecard> cards) {
		return isEveryone() ? cards : cards.stream().filter(this::includes).toList();
	}

	/**
	 * As {@link #select} for every team at once, by team name: one pass over the month's list for all
	 * the team packs, instead of one per pack.
	 */
	static Map<String, List<Scorecard>> byTeam(List<Scorecard> cards) {
		Map<String, List<Scorecard>> teams = new HashMap<>();
		for (Scorecard card : cards) {
			String team = card.month().person().team();
			if (team != null) {
				teams.computeIfAbsent(team, key -> new ArrayList<>()).add(card);
			}
		}
		return teams;
	}

	/** The scope's scorecards, taken from the month's list or, for a team, from {@link #byTeam}. */
	List<Scorecard> select(List<Scorecard> cards, Map<String, List<Scorecard>> byTeam) {
		return team != null && personId == null ? List.copyOf(byTeam.getOrDefault(team, List.of())) : select(cards);
	}

	String label() {
		if (personId != null) {
			return "个人 Person " + personId;
		}
		return team == null ? "全部团队 All teams" : "团队 Team " + team;
	}

	/** {@code scorecards-YYYY-MM.pdf} or {@code scorecards-YYYY-MM-<team>.pdf}. */
	String fileName(Period period) {
		String base = "scorecards-" + period.name();
		if (team == null) {
			return base + ".pdf";
		}
		return base + "-" + team.strip().replaceAll("[^" + MeetingPackWriter.TEAM_FILE_NAME_CHARACTERS + "]", "_") + ".pdf";
	}

}
