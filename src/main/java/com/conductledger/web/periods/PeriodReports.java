package com.conductledger.web.periods;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import com.conductledger.nightly.OnDemand;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.reporting.MonthReport;
import com.conductledger.reporting.MonthReportAssembler;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.web.OutputFile.Audience;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.Periods;

/** What managers see of the periods: their state and files, and a period's page of scorecards and charts. */
@Component
class PeriodReports {

	private final PeriodRegistry registry;

	private final Periods periods;

	private final PeriodFolder folder;

	private final MonthReportAssembler assembler;

	private final PeriodTasks tasks;

	private final OnDemand onDemand;

	private final PenaltySchedule schedule;

	private final TeamPacks teamPacks;

	PeriodReports(PeriodRegistry registry, Periods periods, PeriodFolder folder, MonthReportAssembler assembler,
			PeriodTasks tasks, OnDemand onDemand, PenaltySchedule schedule, TeamPacks teamPacks) {
		this.teamPacks = teamPacks;
		this.registry = registry;
		this.periods = periods;
		this.folder = folder;
		this.assembler = assembler;
		this.tasks = tasks;
		this.onDemand = onDemand;
		this.schedule = schedule;
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
		PeriodStatus status = scored.or(() -> task.map(started -> new PeriodStatus(period, PeriodStatus.State.OPEN,
				null, null))).orElseGet(() -> periods.status(period));
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

	private PeriodRow row(PeriodStatus status) {
		return new PeriodRow(status.period(), status.state(), status.scoredAt(), status.closedAt(),
				PeriodRejectedRows.withRejectedRows(
						teamPacks.withOnRequest(status.period(), folder.list(status.period(), Audience.REPORTS))));
	}

}
