package com.conductledger.web.periods;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;

import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.reporting.MonthReport;
import com.conductledger.reporting.MonthReportAssembler;
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

	private final LedgerStore ledger;

	PeriodReports(PeriodRegistry registry, Periods periods, PeriodFolder folder, MonthReportAssembler assembler,
			LedgerStore ledger) {
		this.ledger = ledger;
		this.registry = registry;
		this.periods = periods;
		this.folder = folder;
		this.assembler = assembler;
	}

	List<PeriodRow> all() {
		return registry.all().stream().map(this::row).toList();
	}

	/** The period's scorecards (ranked first), optionally of one team. */
	MonthView month(String period, String team) {
		PeriodStatus status = periods.status(period);
		MonthReport report = assembler.assemble(periods.period(period), status.isFinal());
		List<String> teams = report.scorecards().stream().map(card -> card.month().person().team())
			.filter(Objects::nonNull).distinct().sorted().toList();
		List<ScorecardView> cards = report.scorecards().stream()
			.filter(card -> team == null || team.isBlank() || team.equals(card.month().person().team()))
			.map(ScorecardView::of)
			.toList();
		return new MonthView(row(status), teams, cards);
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
		return new PersonPage(PeriodHeading.of(status), ScorecardView.of(card), entries);
	}

	private PeriodRow row(PeriodStatus status) {
		return new PeriodRow(status.period(), status.state(), status.scoredAt(), status.closedAt(),
				folder.list(status.period(), Audience.REPORTS));
	}

}
