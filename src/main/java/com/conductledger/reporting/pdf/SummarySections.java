package com.conductledger.reporting.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import net.sf.jasperreports.engine.JRDataSource;

import com.conductledger.history.Improvement;
import com.conductledger.history.PeriodHistory;
import com.conductledger.reporting.chart.MeetingCharts;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.ScorecardTiers;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;

/**
 * What the summary pages show, section by section (formats.md "Outputs"): the overview, the charts,
 * the top and bottom of the ranking, the most improved, the REWARD and WARNING lists and the team
 * table. A team's pack shows the overview, the charts, all its members (with their tiers) and its
 * most improved: the lists and the one-row team table would only repeat them.
 */
final class SummarySections {

	/** How many places the top and the bottom of the full ranking show. */
	static final int TOP_AND_BOTTOM = 10;

	/**
	 * One section: a titled table (kind RANKING, IMPROVED or TEAMS), the overview tiles (HEADS) or
	 * the charts (CHARTS: the spread of final scores, points by category, averages over the months).
	 */
	record Section(int index, String title, String note, String kind, int rowCount, Supplier<JRDataSource> rows,
			List<ChartRenderer> charts) {

		Object read(String field) {
			return switch (field) {
				case "index" -> index;
				case "title" -> title;
				case "note" -> note;
				case "kind" -> kind;
				case "rowCount" -> rowCount;
				case "rows" -> rows.get();
				case "histogram" -> chart(0);
				case "categories" -> chart(1);
				case "trend" -> chart(2);
				default -> throw new IllegalArgumentException("a summary section has no field '" + field + "'");
			};
		}

		/** The template reads every field of every section: the sections without charts give none. */
		private ChartRenderer chart(int index) {
			return index < charts.size() ? charts.get(index) : null;
		}

	}

	/** The charts' sizes on the page, in points. */
	static final double HALF_WIDTH = 262;

	static final double CHART_HEIGHT = 160;

	static final double FULL_WIDTH = 535;

	static final double TREND_HEIGHT = 150;

	private final List<Section> sections = new ArrayList<>();

	private SummarySections() {
	}

	static List<Section> of(PackScope scope, List<Scorecard> cards, PenaltySchedule schedule, PeriodHistory history) {
		SummarySections summary = new SummarySections();
		summary.add("概况  Overview", null, "HEADS", List.of());
		summary.charts(scope, cards, schedule, history);
		List<Scorecard> ranked = cards.stream().filter(card -> card.rank() != null).toList();
		if (!scope.isEveryone()) {
			summary.ranking("团队成员  Team members", "全部 " + cards.size() + " 人：先按排名，再按工号  all members, by rank then by ID",
					cards);
		}
		else if (ranked.size() <= 2 * TOP_AND_BOTTOM) {
			summary.ranking("排名  Ranking", "全部 " + ranked.size() + " 名参与排名的坐席  all ranked agents", ranked);
		}
		else {
			summary.ranking("排名前列  Top of the ranking", "前 " + TOP_AND_BOTTOM + " 名 / 共 " + ranked.size() + " 名  top "
					+ TOP_AND_BOTTOM + " of " + ranked.size(), ranked.subList(0, TOP_AND_BOTTOM));
			summary.ranking("排名末尾  Bottom of the ranking", "后 " + TOP_AND_BOTTOM + " 名  bottom " + TOP_AND_BOTTOM,
					ranked.subList(ranked.size() - TOP_AND_BOTTOM, ranked.size()));
		}
		summary.mostImproved(scope, cards, history);
		if (!scope.isEveryone()) {
			// the members' table already gives each member's tier, and the overview the team's totals
			return summary.sections;
		}
		ScorecardTiers tiers = schedule.tiers();
		summary.ranking("奖励名单  REWARD list", "每人奖励 " + Texts.money(tiers.rewardAmount()) + " " + schedule.currency()
				+ "  each", withTier(cards, Tier.REWARD));
		summary.ranking("警告名单  WARNING list", "最终分低于 " + tiers.warningBelow().toPlainString() + "  final below "
				+ tiers.warningBelow().toPlainString(), withTier(cards, Tier.WARNING));
		List<Totals> teams = new ArrayList<>(Totals.byTeam(cards));
		teams.add(Totals.total(cards));
		summary.add("团队汇总  Teams", "平均最终分按参与排名的坐席计算；无团队者单列  average final over ranked agents; "
				+ "people without a team apart", "TEAMS", teams, () -> new RowSource<>(teams, Totals::read), List.of());
		return summary.sections;
	}

	/** The spread of the final scores, points by category (per team, or per member in a team's pack), the months' averages. */
	private void charts(PackScope scope, List<Scorecard> cards, PenaltySchedule schedule, PeriodHistory history) {
		List<ChartRenderer> charts = List.of(
				ChartRenderer.of(MeetingCharts.histogram(cards, schedule.tiers()), HALF_WIDTH, CHART_HEIGHT),
				ChartRenderer.of(scope.isEveryone() ? MeetingCharts.pointsByTeam(history)
						: MeetingCharts.pointsByMember(history, scope.team().strip()), HALF_WIDTH, CHART_HEIGHT),
				ChartRenderer.of(scope.isEveryone() ? MeetingCharts.teamTrends(history)
						: MeetingCharts.teamTrend(history, scope.team().strip()), FULL_WIDTH, TREND_HEIGHT));
		add("图表  Charts", history.hasEarlierPeriods() ? "近 " + history.periods().size() + " 期  the last "
				+ history.periods().size() + " periods" : "尚无往期数据  no earlier period yet", "CHARTS", List.of(), null,
				charts);
	}

	/** The agents whose final rose most since the previous period (of the scope), next to the top and bottom. */
	private void mostImproved(PackScope scope, List<Scorecard> cards, PeriodHistory history) {
		Set<String> inScope = cards.stream().map(Scorecard::personId).collect(Collectors.toSet());
		List<Improvement> improved = history.mostImproved(Integer.MAX_VALUE).stream()
			.filter(improvement -> inScope.contains(improvement.now().personId()))
			.limit(TOP_AND_BOTTOM)
			.toList();
		String note = history.previous().map(before -> "与上期 " + before + " 相比，两期均参与排名  rise of final since " + before
				+ ", ranked in both").orElse("无上期数据  no previous period");
		add("进步最大  Most improved", note, "IMPROVED", improved,
				() -> new RowSource<>(improved, SummarySections::improvement), List.of());
	}

	private static Object improvement(Improvement improvement, String field) {
		return switch (field) {
			case "personId" -> improvement.now().personId();
			case "name" -> improvement.now().name();
			case "team" -> Texts.team(improvement.now().team());
			case "before" -> Texts.score(improvement.before().finalScore());
			case "now" -> Texts.score(improvement.now().finalScore());
			case "rise" -> "+" + Texts.score(improvement.rise());
			case "rankNow" -> Texts.rank(improvement.now().rank());
			case "rankBefore" -> Texts.rank(improvement.before().rank());
			default -> throw new IllegalArgumentException("a most improved row has no field '" + field + "'");
		};
	}

	/** The overview's parameters: head counts and the tier rules in force (Art. 23). */
	static Map<String, Object> parameters(List<Scorecard> cards, PenaltySchedule schedule) {
		Totals totals = Totals.of(cards);
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("HC_PEOPLE", Texts.count(totals.people()));
		parameters.put("HC_RANKED", Texts.count(totals.ranked()));
		parameters.put("HC_REWARD", Texts.count(totals.reward()));
		parameters.put("HC_WARNING", Texts.count(totals.warning()));
		parameters.put("HC_NOT_EVALUATED", Texts.count(totals.notEvaluated()));
		parameters.put("HC_POINTS", Texts.count(totals.deductionPoints()));
		parameters.put("HC_DEDUCTIONS", Texts.money(totals.deductionAmount()));
		parameters.put("HC_REWARDS", Texts.money(totals.rewardAmount()));
		parameters.put("TIER_RULES", tierRules(schedule));
		return parameters;
	}

	private static String tierRules(PenaltySchedule schedule) {
		ScorecardTiers tiers = schedule.tiers();
		String currency = schedule.currency();
		String minimum = tiers.rewardMinFinal().toPlainString();
		String below = tiers.warningBelow().toPlainString();
		return "等级规则 (第 23 条)：奖励 = 参与排名坐席的前 " + tiers.rewardTopPercent() + "% 且最终分 ≥ " + minimum
				+ "、无缺勤、无致命项；警告 = 最终分 < " + below + "；扣款 = 扣分 × " + Texts.money(schedule.amountPerPoint()) + " "
				+ currency + "。\nTiers (Art. 23): REWARD = top " + tiers.rewardTopPercent() + "% of ranked agents with final ≥ "
				+ minimum + ", no ATT-ABSENT and no fatal code; WARNING = final < " + below + "; deduction = points × "
				+ Texts.money(schedule.amountPerPoint()) + " " + currency + ".";
	}

	private static List<Scorecard> withTier(List<Scorecard> cards, Tier tier) {
		return cards.stream().filter(card -> card.tier() == tier).toList();
	}

	private void ranking(String title, String note, List<Scorecard> rows) {
		add(title, note, "RANKING", rows, () -> new RowSource<>(rows, ScorecardFields::read), List.of());
	}

	private void add(String title, String note, String kind, List<?> rows) {
		add(title, note, kind, rows, null, List.of());
	}

	private void add(String title, String note, String kind, List<?> rows, Supplier<JRDataSource> source,
			List<ChartRenderer> charts) {
		Supplier<JRDataSource> data = source != null ? source : () -> new RowSource<>(List.of(), (row, field) -> null);
		sections.add(new Section(sections.size(), title, note, kind, rows.size(), data, charts));
	}

}
