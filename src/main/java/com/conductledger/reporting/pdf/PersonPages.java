package com.conductledger.reporting.pdf;

import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

import com.conductledger.scorecard.Scorecard;
import com.conductledger.scoring.rules.LedgerEntry;

/**
 * The rows of person-scorecard.jrxml: person after person, one row per ledger entry (a person
 * without entries gets one row saying so). Each person's entries are pulled from the spill only
 * when the fill reaches that person, so the fill never holds more than one person's entries.
 */
final class PersonPages implements JRDataSource {

	private final Iterator<Scorecard> people;

	private final LedgerSpill ledger;

	private Scorecard card;

	private List<LedgerEntry> entries = List.of();

	private int entry;

	PersonPages(List<Scorecard> people, LedgerSpill ledger) {
		this.people = people.iterator();
		this.ledger = ledger;
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
		entry = 0;
		requireEntriesAddUp();
		return true;
	}

	@Override
	public Object getFieldValue(JRField field) {
		String name = field.getName();
		return switch (name) {
			case "hasEntry" -> !entries.isEmpty();
			case "date", "shift", "ruleId", "article", "points", "reasons", "source" ->
				entries.isEmpty() ? null : read(entries.get(entry), name);
			default -> ScorecardFields.read(card, name);
		};
	}

	private static Object read(LedgerEntry entry, String field) {
		return switch (field) {
			case "date" -> entry.date() == null ? Texts.NONE : entry.date().toString();
			case "shift" -> Texts.shift(entry.shift());
			case "ruleId" -> entry.ruleId();
			case "article" -> entry.article() == null ? Texts.NONE : entry.article();
			case "points" -> entry.points();
			case "reasons" -> entry.reasons().isEmpty() ? Texts.NONE : String.join("\n", entry.reasons());
			default -> entry.source() == null ? Texts.NONE : entry.source().toString();
		};
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
