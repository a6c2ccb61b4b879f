package com.conductledger.reporting.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import com.conductledger.explain.Labels;
import com.conductledger.history.MonthFigures;
import com.conductledger.history.PeriodHistory;
import com.conductledger.history.TeamMonth;
import com.conductledger.schedule.ScorecardTiers;
import com.conductledger.scorecard.Category;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;

/**
 * The meeting's charts from a period's scorecards and history, the same for the PDF pack and the
 * web. A centre of hundreds of teams cannot show them all in one chart: the bars show the
 * {@value #MAX_BARS} rows with the most points, the lines the centre and, beyond
 * {@value #MAX_TEAM_LINES} teams, the three best and the three worst of the period; each chart
 * says so in its note.
 */
public final class MeetingCharts {

	static final int MAX_BARS = 20;

	static final int MAX_TEAM_LINES = 6;

	private MeetingCharts() {
	}

	/** The categories' labels, in the order of {@link Category}. */
	public static List<String> categoryLabels() {
		return Arrays.stream(Category.values()).map(category -> Labels.category(category).toString()).toList();
	}

	/** The spread of final scores, with the WARNING and REWARD thresholds. */
	public static ScoreHistogram histogram(List<Scorecard> cards, ScorecardTiers tiers) {
		return ScoreHistogram.of(cards.stream().map(Scorecard::finalScore).toList(),
				List.of(new ScoreHistogram.Threshold(tiers.warningBelow().doubleValue(),
						Labels.tier(Tier.WARNING) + " <" + tiers.warningBelow().stripTrailingZeros().toPlainString()),
						new ScoreHistogram.Threshold(tiers.rewardMinFinal().doubleValue(),
								Labels.tier(Tier.REWARD) + " ≥" + tiers.rewardMinFinal().stripTrailingZeros().toPlainString())));
	}

	/** Points by category per team of the period (those with the most points when there are many). */
	public static StackedBars pointsByTeam(PeriodHistory history) {
		List<TeamMonth> teams = history.teams(history.current());
		List<StackedBars.Bar> bars = teams.stream()
			.sorted(Comparator.comparingInt((TeamMonth team) -> team.points()).reversed().thenComparing(TeamMonth::team))
			.limit(MAX_BARS)
			.sorted(Comparator.comparing(TeamMonth::team, Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder())))
			.map(team -> new StackedBars.Bar(team.label(), team.categoryPoints().clone()))
			.toList();
		return new StackedBars(categoryLabels(), bars, teams.size() > MAX_BARS
				? "扣分最多的 " + MAX_BARS + " 个团队 / 共 " + teams.size() + "  the " + MAX_BARS + " teams with the most points of "
						+ teams.size() : null);
	}

	/** Points by category per member of one team (those with the most points when there are many). */
	public static StackedBars pointsByMember(PeriodHistory history, String team) {
		List<MonthFigures> members = history.members(history.current(), team);
		List<StackedBars.Bar> bars = members.stream()
			.sorted(Comparator.comparingInt(MonthFigures::deductionPoints).reversed().thenComparing(MonthFigures::personId))
			.limit(MAX_BARS)
			.map(person -> new StackedBars.Bar(person.name() + " " + person.personId(), person.categoryPoints().clone()))
			.toList();
		return new StackedBars(categoryLabels(), bars, members.size() > MAX_BARS
				? "扣分最多的 " + MAX_BARS + " 人 / 共 " + members.size() + "  the " + MAX_BARS + " members with the most points of "
						+ members.size() : null);
	}

	/** Each team's average final over the months, with the centre's. */
	public static TrendLines teamTrends(PeriodHistory history) {
		List<TeamMonth> now = history.teams(history.current()).stream()
			.filter(team -> team.averageFinal() != null)
			.sorted(Comparator.comparing(TeamMonth::averageFinal).reversed().thenComparing(TeamMonth::team))
			.toList();
		List<TeamMonth> shown = now;
		String note = null;
		if (now.size() > MAX_TEAM_LINES) {
			shown = new ArrayList<>(now.subList(0, MAX_TEAM_LINES / 2));
			shown.addAll(now.subList(now.size() - MAX_TEAM_LINES / 2, now.size()));
			note = "本期平均最终分最高与最低的各 3 个团队 / 共 " + now.size() + "  the 3 best and the 3 worst of " + now.size()
					+ " teams this period";
		}
		List<TrendLines.Series> series = new ArrayList<>();
		series.add(new TrendLines.Series(TeamMonth.CENTRE, averages(history.centre())));
		for (TeamMonth team : shown) {
			series.add(new TrendLines.Series(team.label(), averages(history.team(team.team()))));
		}
		return new TrendLines(history.periods(), series, "平均最终分 Average final", note);
	}

	/** One team's average final over the months, with the centre's. */
	public static TrendLines teamTrend(PeriodHistory history, String team) {
		List<TeamMonth> months = history.team(team);
		String label = months.get(months.size() - 1) == null ? team : months.get(months.size() - 1).label();
		return new TrendLines(history.periods(), List.of(new TrendLines.Series(label, averages(months)),
				new TrendLines.Series(TeamMonth.CENTRE, averages(history.centre()))), "平均最终分 Average final", null);
	}

	/** A person's final score and points over the months; null when the history holds only this period. */
	public static PersonTrend personTrend(PeriodHistory history, String personId) {
		if (!history.hasEarlierPeriods()) {
			return null;
		}
		List<MonthFigures> months = history.person(personId);
		Double[] finals = new Double[months.size()];
		int[] points = new int[months.size()];
		for (int i = 0; i < months.size(); i++) {
			MonthFigures month = months.get(i);
			finals[i] = month == null || month.finalScore() == null ? null : month.finalScore().doubleValue();
			points[i] = month == null ? 0 : month.deductionPoints();
		}
		return new PersonTrend(history.periods(), finals, points);
	}

	private static Double[] averages(List<TeamMonth> months) {
		return months.stream()
			.map(month -> month == null || month.averageFinal() == null ? null : month.averageFinal().doubleValue())
			.toArray(Double[]::new);
	}

}
