package com.conductledger.web.periods;

import java.util.List;

import com.conductledger.history.PeriodHistory;
import com.conductledger.reporting.chart.MeetingCharts;
import com.conductledger.reporting.chart.SvgCanvas;
import com.conductledger.schedule.ScorecardTiers;
import com.conductledger.scorecard.Scorecard;

/**
 * The period page's charts, as inline SVG drawn by the same code as the PDF pack's: the spread of
 * final scores, points by category (per team, or per member when one team is chosen) and the
 * average final over the months.
 */
public record PeriodCharts(String histogram, String categories, String trend) {

	static PeriodCharts of(List<Scorecard> cards, PeriodHistory history, ScorecardTiers tiers, String team) {
		List<Scorecard> shown = team == null ? cards
				: cards.stream().filter(card -> team.equals(card.month().person().team())).toList();
		return new PeriodCharts(SvgCanvas.render(MeetingCharts.histogram(shown, tiers), 262, 160, "chart-histogram"),
				SvgCanvas.render(team == null ? MeetingCharts.pointsByTeam(history)
						: MeetingCharts.pointsByMember(history, team), 262, 160, "chart-categories"),
				SvgCanvas.render(team == null ? MeetingCharts.teamTrends(history) : MeetingCharts.teamTrend(history, team),
						535, 150, "chart-trend"));
	}

}
