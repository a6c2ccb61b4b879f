package com.conductledger.web.periods;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.conductledger.dispute.Dispute;
import com.conductledger.dispute.DisputeMarks;
import com.conductledger.history.MonthFigures;
import com.conductledger.history.PeriodHistory;
import com.conductledger.period.PeriodStatus;
import com.conductledger.reporting.MonthReport;
import com.conductledger.reporting.MonthReportAssembler;
import com.conductledger.reporting.chart.MeetingCharts;
import com.conductledger.reporting.chart.PersonTrend;
import com.conductledger.reporting.chart.SvgCanvas;
import com.conductledger.reporting.pdf.MeetingPackWriter;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.web.Periods;
import com.conductledger.web.WebProblem;

/** One person's month: their page (scorecard, every entry, their months) and their own PDF. */
@Component
public class PersonScorecards {

	private final Periods periods;

	private final MonthReportAssembler assembler;

	private final LedgerStore ledger;

	private final DisputeMarks disputes;

	PersonScorecards(Periods periods, MonthReportAssembler assembler, LedgerStore ledger, DisputeMarks disputes) {
		this.periods = periods;
		this.disputes = disputes;
		this.assembler = assembler;
		this.ledger = ledger;
	}

	/** A person's scorecard, every ledger entry of theirs in the period, and their months. */
	public PersonPage person(String period, String personId) {
		PeriodStatus status = periods.status(period);
		MonthReport report = assembler.assemble(periods.period(period), status.isFinal());
		Scorecard card = cardOf(report, personId);
		List<EntryView> entries = new ArrayList<>();
		Map<String, Dispute> disputed = disputes.standingOf(personId);
		ledger.forEachEntryOf(period, personId, stored -> entries.add(EntryView.of(stored, disputed.get(stored.id()))));
		PeriodHistory history = report.history();
		List<MonthFigures> figures = history.person(personId);
		List<PersonMonthView> months = new ArrayList<>();
		for (int i = figures.size() - 1; i >= 0; i--) {
			months.add(PersonMonthView.of(history.periods().get(i), figures.get(i)));
		}
		PersonTrend trend = MeetingCharts.personTrend(history, personId);
		return new PersonPage(PeriodHeading.of(status), ScorecardView.of(card), entries, months,
				trend == null ? null : SvgCanvas.render(trend, 300, 78, "chart-person"));
	}

	/** The person's page of the meeting pack as a PDF of its own (rendered on demand, not kept). */
	public byte[] pdf(String period, String personId) {
		PeriodStatus status = periods.status(period);
		MonthReport month = assembler.assemble(periods.period(period), status.isFinal());
		Scorecard card = cardOf(month, personId);
		Map<String, Dispute> disputed = disputes.standingOfEntries(period);
		MonthReport alone = new MonthReport(month.period(), month.schedule(), List.of(card),
				action -> ledger.forEachEntryOf(period, personId,
						stored -> action.accept(MonthReportAssembler.withDispute(stored, disputed))),
				month.finalized(), month.history());
		Path file = null;
		try {
			file = Files.createTempFile("scorecard-", ".pdf");
			new MeetingPackWriter().writePerson(alone, personId, file);
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render the scorecard of " + personId + ": " + ex.getMessage(), ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	/** The scorecards of these persons in the period, in the month's order (ranked agents by rank). */
	public List<ScorecardView> cards(String period, java.util.Collection<String> personIds) {
		PeriodStatus status = periods.status(period);
		MonthReport report = assembler.assemble(periods.period(period), status.isFinal());
		return report.scorecards().stream()
			.filter(card -> personIds.contains(card.personId()))
			.map(ScorecardView::of)
			.toList();
	}

	private static Scorecard cardOf(MonthReport report, String personId) {
		return report.scorecards().stream()
			.filter(candidate -> candidate.personId().equals(personId))
			.findFirst()
			.orElseThrow(() -> WebProblem.notFound("没有此人 no scorecard for '" + personId + "' in period "
					+ report.period().name()));
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// a temporary file left behind goes with the temp folder
		}
	}

}
