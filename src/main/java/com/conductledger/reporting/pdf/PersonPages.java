package com.conductledger.reporting.pdf;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

import com.conductledger.explain.Explanations;
import com.conductledger.explain.Labels;
import com.conductledger.history.MonthFigures;
import com.conductledger.history.PeriodHistory;
import com.conductledger.reporting.chart.MeetingCharts;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scoring.rules.LedgerEntry;

/**
 * The rows of person-scorecard.jrxml: person after person, one row per ledger entry (a person
 * without entries gets one row saying so), each with its rule's Chinese name and its plain
 * explanation in place of the raw reasons. Each person's entries are pulled from the spill only
 * when the fill reaches that person, so the fill never holds more than one person's entries.
 */
final class PersonPages implements JRDataSource {

	/** The person's chart on the page, in points. */
	static final double TREND_WIDTH = 300;

	static final double TREND_HEIGHT = 78;

	private final Iterator<Scorecard> people;

	private final LedgerSpill ledger;

	private Scorecard card;

	private List<LedgerEntry> entries = List.of();

	private int entry;

	private final PeriodHistory history;

	private ChartRenderer trend;

	PersonPages(List<Scorecard> people, LedgerSpill ledger, PeriodHistory history) {
		this.people = people.iterator();
		this.ledger = ledger;
		this.history = history;
	}

	/**
	 * The page order of a pack: team by team (centre-wide people last), and within a team the order
	 * of the month's scorecards, ranked agents by rank first, so the pages follow the meeting.
	 */
	static List<Scorecard> inMeetingOrder(List<Scorecard> cards) {
		Comparator<Scorecard> byTeam = Comparator.comparing(card -> teamKey(card.month().person().team()),
				Comparator.comparing(String::isEmpty).thenComparing(Comparator.naturalOrder()));
		return cards.stream().sorted(byTeam).toList();
	}

	private static String teamKey(String team) {
		return team == null ? "" : team.strip();
	}

	@Override
	public boolean next() {
		if (card != null && entry + 1 < entries.size()) {
			entry++;
			return true;
		}
		if (!people.hasNext()) {
			return false;
		}
		card = people.next();
		entries = ledger.entriesOf(card.personId());
		trend = ChartRenderer.of(MeetingCharts.personTrend(history, card.personId()), TREND_WIDTH, TREND_HEIGHT);
		entry = 0;
		requireEntriesAddUp();
		return true;
	}

	@Override
	public Object getFieldValue(JRField field) {
		String name = field.getName();
		return switch (name) {
			case "hasEntry" -> !entries.isEmpty();
			case "trend" -> trend;
			case "trendNote" -> trendNote();
			case "date", "shift", "ruleId", "article", "points", "explanation", "source" ->
				entries.isEmpty() ? null : read(entries.get(entry), name);
			default -> ScorecardFields.read(card, name);
		};
	}

	private static Object read(LedgerEntry entry, String field) {
		return switch (field) {
			case "date" -> entry.date() == null ? Texts.NONE : entry.date().toString();
			case "shift" -> Texts.shift(entry.shift());
			case "ruleId" -> entry.ruleId() + "\n" + Labels.rule(entry.ruleId()).chinese();
			case "article" -> entry.article() == null ? Texts.NONE : Explanations.article(entry);
			case "points" -> entry.points();
			case "explanation" -> Explanations.of(entry).text();
			default -> entry.source() == null ? Texts.NONE : entry.source().toString();
		};
	}

	/** The person's months in words beside the chart: each period's final and points. */
	private String trendNote() {
		if (trend == null) {
			return null;
		}
		StringBuilder note = new StringBuilder("近 " + history.periods().size() + " 期  Last " + history.periods().size()
				+ " periods:");
		List<MonthFigures> months = history.person(card.personId());
		for (int i = 0; i < months.size(); i++) {
			MonthFigures month = months.get(i);
			note.append("\n").append(history.periods().get(i)).append("  ");
			note.append(month == null ? "—" : "最终分 final " + Texts.score(month.finalScore()) + " · 扣分 points "
					+ month.deductionPoints() + " · " + Texts.tier(month.tier()));
		}
		return note.toString();
	}

	/** A page whose lines do not add up to its scorecard would explain the wrong number: refuse it. */
	private void requireEntriesAddUp() {
		int listed = ledger.points(card.personId());
		if (listed != card.month().deductionPoints()) {
			throw new IllegalStateException("the ledger entries of " + card.personId() + " add up to " + listed
					+ " points but the scorecard has " + card.month().deductionPoints());
		}
	}

}
