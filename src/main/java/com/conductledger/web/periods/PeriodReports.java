package com.conductledger.web.periods;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.conductledger.history.MonthFigures;
import com.conductledger.history.PeriodHistory;
import com.conductledger.nightly.OnDemand;
import com.conductledger.payroll.PayrollContent;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.reporting.MonthReport;
import com.conductledger.reporting.MonthReportAssembler;
import com.conductledger.reporting.MonthScorecards;
import com.conductledger.reporting.chart.MeetingCharts;
import com.conductledger.reporting.chart.PersonTrend;
import com.conductledger.reporting.chart.SvgCanvas;
import com.conductledger.reporting.pdf.MeetingPackWriter;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.web.OutputFile.Audience;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.Periods;
import com.conductledger.web.WebProblem;

/** What managers see of the periods: their state and files, the month's scorecards, one person's month. */
@Component
class PeriodReports {

	private final PeriodRegistry registry;

	private final Periods periods;

	private final PeriodFolder folder;

	private final MonthReportAssembler assembler;

	private final MonthScorecards scorecards;

	private final LedgerStore ledger;

	private final PeriodTasks tasks;

	private final OnDemand onDemand;

	private final PenaltySchedule schedule;

	PeriodReports(PeriodRegistry registry, Periods periods, PeriodFolder folder, MonthReportAssembler assembler,
			MonthScorecards scorecards,
			LedgerStore ledger, PeriodTasks tasks, OnDemand onDemand, PenaltySchedule schedule) {
		this.schedule = schedule;
		this.ledger = ledger;
		this.tasks = tasks;
		this.onDemand = onDemand;
		this.registry = registry;
		this.periods = periods;
		this.folder = folder;
		this.assembler = assembler;
		this.scorecards = scorecards;
	}

	List<PeriodRow> all() {
		return registry.all().stream().map(this::row).toList();
	}

	/** The period that holds today, in the centre's zone: the one a manager scores now. */
	String currentPeriod() {
		return Period.containing(LocalDate.now(schedule.zone()), schedule.cutoffDay()).name();
	}

	/**
	 * A page of the period's scorecards as asked, with what the period page shows around them. A
	 * period never scored is not found, unless a manager just started its first scoring.
	 */
	MonthView month(String period, ScorecardQuery query) {
		Optional<PeriodTask> task = tasks.latest(Periods.checkName(period));
		Optional<PeriodStatus> scored = registry.find(period);
		if (scored.isEmpty() && task.isEmpty()) {
			periods.status(period);
		}
		PeriodStatus status = scored.orElseGet(() -> new PeriodStatus(period, PeriodStatus.State.OPEN, null, null));
		MonthReport report = scored.isPresent() ? assembler.assemble(periods.period(period), status.isFinal()) : null;
		List<Scorecard> cards = report == null ? List.of() : report.scorecards();
		List<String> teams = cards.stream().map(card -> card.month().person().team())
			.filter(Objects::nonNull).distinct().sorted().toList();
		List<ScorecardView> matching = query.apply(cards.stream().map(ScorecardView::of).toList());
		return new MonthView(row(status), teams, ScorecardPage.of(matching, query),
				status.isFinal() ? 0 : registry.filesReceivedSinceScoring(period),
				task.map(PeriodTask::view).orElse(null), onDemand.closeRefusal(periods.period(period)).orElse(null),
				report == null ? null : PeriodCharts.of(cards, report.history(), schedule.tiers(), query.team()));
	}

	/** What payroll will take if the period is closed now, and whether it may be. */
	ClosePreview closePreview(String period) {
		PeriodStatus status = periods.status(period);
		Period scored = periods.period(period);
		PayrollContent payroll = PayrollContent.of(period, scorecards.of(scored));
		return ClosePreview.of(PeriodHeading.of(status), onDemand.closeRefusal(scored).orElse(null),
				status.isFinal() ? 0 : registry.filesReceivedSinceScoring(period), payroll, schedule.currency());
	}

	PeriodTask rescore(String period, String who) {
		return tasks.rescore(openPeriod(period), who);
	}

	PeriodTask close(String period, String confirmedPayrollSha256, String who) {
		if (confirmedPayrollSha256 == null || !confirmedPayrollSha256.matches("[0-9a-f]{64}")) {
			throw WebProblem.badRequest("缺少确认 closing needs the sha256 of the payroll file you confirmed "
					+ "(parameter 'payroll', from the confirmation page)");
		}
		return tasks.close(openPeriod(period), confirmedPayrollSha256, who);
	}

	Optional<PeriodTask.TaskView> task(String period) {
		return tasks.latest(Periods.checkName(period)).map(PeriodTask::view);
	}

	/** The period, to be scored or closed: refused when FINAL; one never scored may be scored now. */
	private Period openPeriod(String period) {
		if (registry.find(Periods.checkName(period)).map(PeriodStatus::isFinal).orElse(false)) {
			throw WebProblem.conflict("已定稿 period " + period + " is FINAL: its ledger and payroll are locked");
		}
		return periods.period(period);
	}

	/** A person's scorecard and every ledger entry of theirs in the period. */
	PersonPage person(String period, String personId) {
		PeriodStatus status = periods.status(period);
		MonthReport report = assembler.assemble(periods.period(period), status.isFinal());
		Scorecard card = report.scorecards().stream()
			.filter(candidate -> candidate.personId().equals(personId))
			.findFirst()
			.orElseThrow(() -> WebProblem.notFound("没有此人 no scorecard for '" + personId + "' in period " + period));
		List<EntryView> entries = new ArrayList<>();
		ledger.forEachEntryOf(period, personId, stored -> entries.add(EntryView.of(stored.entry())));
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
	byte[] personPdf(String period, String personId) {
		PeriodStatus status = periods.status(period);
		MonthReport month = assembler.assemble(periods.period(period), status.isFinal());
		Scorecard card = month.scorecards().stream()
			.filter(candidate -> candidate.personId().equals(personId))
			.findFirst()
			.orElseThrow(() -> WebProblem.notFound("没有此人 no scorecard for '" + personId + "' in period " + period));
		MonthReport alone = new MonthReport(month.period(), month.schedule(), List.of(card),
				action -> ledger.forEachEntryOf(period, personId, stored -> action.accept(stored.entry())),
				month.finalized());
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

	private PeriodRow row(PeriodStatus status) {
		return new PeriodRow(status.period(), status.state(), status.scoredAt(), status.closedAt(),
				folder.list(status.period(), Audience.REPORTS));
	}

}
