package com.conductledger.history;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.conductledger.scorecard.Scorecard;

/**
 * A period and up to {@value #MONTHS_BEFORE} periods before it, as their reports showed them: per
 * person the final score, deduction points and tier of each; per team the average final, points by
 * category and headcount; the most improved agents. Periods are oldest first, the last is the
 * period itself.
 */
public final class PeriodHistory {

	/** How many periods before the current one a report shows. */
	public static final int MONTHS_BEFORE = 6;

	private final List<String> periods;

	private final Map<String, Map<String, MonthFigures>> byPeriod;

	private final Map<String, Map<String, TeamMonth>> teams = new ConcurrentHashMap<>();

	/** Caches of what every team pack asks for again (the packs are written several at a time). */
	private final Map<String, List<MonthFigures>> people = new ConcurrentHashMap<>();

	private final Map<String, Map<String, List<MonthFigures>>> members = new ConcurrentHashMap<>();

	private final Map<String, TeamMonth> centres = new ConcurrentHashMap<>();

	private volatile List<Improvement> improvements;

	private PeriodHistory(List<String> periods, Map<String, Map<String, MonthFigures>> byPeriod) {
		this.periods = List.copyOf(periods);
		this.byPeriod = byPeriod;
	}

	/** The period alone: what a report shows when the database knows no period before it. */
	public static PeriodHistory alone(String period, List<Scorecard> scorecards) {
		return of(period, scorecards, List.of());
	}

	/** The period's scorecards after the figures of earlier periods (any order, any number of them). */
	public static PeriodHistory of(String period, List<Scorecard> scorecards, List<MonthFigures> earlier) {
		return ofFigures(period, scorecards.stream().map(card -> MonthFigures.of(period, card)).toList(), earlier);
	}

	/** The period's figures after those of earlier periods. */
	public static PeriodHistory ofFigures(String period, List<MonthFigures> current, List<MonthFigures> earlier) {
		Map<String, Map<String, MonthFigures>> byPeriod = new TreeMap<>();
		for (MonthFigures figures : earlier) {
			if (figures.period().compareTo(period) < 0) {
				byPeriod.computeIfAbsent(figures.period(), key -> new LinkedHashMap<>()).put(figures.personId(), figures);
			}
		}
		while (byPeriod.size() > MONTHS_BEFORE) {
			byPeriod.remove(byPeriod.keySet().iterator().next());
		}
		Map<String, MonthFigures> now = new LinkedHashMap<>();
		current.forEach(person -> now.put(person.personId(), person));
		byPeriod.put(period, now);
		return new PeriodHistory(new ArrayList<>(byPeriod.keySet()), byPeriod);
	}

	public List<String> periods() {
		return periods;
	}

	public String current() {
		return periods.get(periods.size() - 1);
	}

	/** Whether any period before the current one is known. */
	public boolean hasEarlierPeriods() {
		return periods.size() > 1;
	}

	/** The person's figures in each period, aligned with {@link #periods()} (null where they had none). */
	public List<MonthFigures> person(String personId) {
		List<MonthFigures> months = new ArrayList<>();
		for (String period : periods) {
			months.add(byPeriod.get(period).get(personId));
		}
		return months;
	}

	/** Everyone in the period, in the order of its scorecards. */
	public List<MonthFigures> people(String period) {
		return people.computeIfAbsent(period, key -> List.copyOf(byPeriod.getOrDefault(key, Map.of()).values()));
	}

	/** The people of one team in the period ({@code ""}: those without a team), in the order of its scorecards. */
	public List<MonthFigures> members(String period, String team) {
		return members.computeIfAbsent(period, key -> people(key).stream()
			.collect(Collectors.groupingBy(MonthFigures::teamKey, LinkedHashMap::new, Collectors.toList())))
			.getOrDefault(team, List.of());
	}

	/** The teams of the period by name, people without a team ("") last. */
	public List<TeamMonth> teams(String period) {
		return List.copyOf(teamsOf(period).values());
	}

	/** The whole centre's month. */
	public TeamMonth centre(String period) {
		return centres.computeIfAbsent(period, key -> TeamMonth.of(key, TeamMonth.CENTRE, people(key)));
	}

	/** A team's month in each period, aligned with {@link #periods()} (null where it had nobody). */
	public List<TeamMonth> team(String team) {
		List<TeamMonth> months = new ArrayList<>();
		for (String period : periods) {
			months.add(teamsOf(period).get(team));
		}
		return months;
	}

	private Map<String, TeamMonth> teamsOf(String period) {
		return teams.computeIfAbsent(period, key -> {
			Map<String, List<MonthFigures>> members = people(key).stream()
				.collect(Collectors.groupingBy(MonthFigures::teamKey,
						() -> new TreeMap<>(Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder())),
						Collectors.toList()));
			Map<String, TeamMonth> months = new LinkedHashMap<>();
			members.forEach((team, people) -> months.put(team, TeamMonth.of(key, team, people)));
			return months;
		});
	}

	/** The centre's month in each period, aligned with {@link #periods()}. */
	public List<TeamMonth> centre() {
		return periods.stream().map(this::centre).toList();
	}

	/** The period just before the current one, when the history holds it. */
	public Optional<String> previous() {
		String before = YearMonth.parse(current()).minusMonths(1).toString();
		return byPeriod.containsKey(before) ? Optional.of(before) : Optional.empty();
	}

	/**
	 * The agents whose final score rose most since the previous period, among those ranked in both
	 * (rules.md 7: only ranked agents compare), largest rise first, then by id; only real rises.
	 */
	public List<Improvement> mostImproved(int count) {
		List<Improvement> all = improvements;
		if (all == null) {
			all = improvements();
			improvements = all;
		}
		return all.size() <= count ? all : all.subList(0, count);
	}

	private List<Improvement> improvements() {
		Optional<String> before = previous();
		if (before.isEmpty()) {
			return List.of();
		}
		Map<String, MonthFigures> earlier = new HashMap<>(byPeriod.get(before.get()));
		return byPeriod.get(current()).values().stream()
			.filter(MonthFigures::ranked)
			.map(now -> new Improvement(now, earlier.get(now.personId())))
			.filter(pair -> pair.before() != null && pair.before().ranked() && pair.rise().signum() > 0)
			.sorted(Comparator.comparing(Improvement::rise).reversed()
				.thenComparing(pair -> pair.now().personId()))
			.toList();
	}

}
