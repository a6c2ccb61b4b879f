package com.conductledger.web.payroll;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import com.conductledger.payroll.PayrollContent;
import com.conductledger.payroll.PayrollManifest;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.reporting.MonthScorecards;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.web.OutputFile.Audience;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.Periods;
import com.conductledger.web.WebProblem;

/**
 * Payroll files are released with the period's close: a DRAFT or OPEN period's payroll is never
 * served as a file, only previewed, marked as not final.
 */
@Component
public class PayrollReleases {

	private final PeriodRegistry registry;

	private final Periods periods;

	private final PeriodFolder folder;

	private final MonthScorecards scorecards;

	private final PenaltySchedule schedule;

	PayrollReleases(PeriodRegistry registry, Periods periods, PeriodFolder folder, MonthScorecards scorecards,
			PenaltySchedule schedule) {
		this.registry = registry;
		this.periods = periods;
		this.folder = folder;
		this.scorecards = scorecards;
		this.schedule = schedule;
	}

	List<PayrollRow> all() {
		return registry.all().stream().map(status -> {
			PayrollManifest.Flags flags = flags(status.period());
			return new PayrollRow(status.period(), status.state(), status.isFinal(),
					status.isFinal() ? folder.list(status.period(), Audience.PAYROLL) : List.of(),
					status.isFinal() ? PayrollTotals.of(content(status)) : null,
					flags == null ? null : flags.peopleFile(), flags == null ? List.of() : flags.warnings());
		}).toList();
	}

	/** What the period's manifest says of its people file, or null while there is none. */
	private PayrollManifest.Flags flags(String period) {
		try {
			return PayrollManifest.flagsIn(folder.find(period, "payroll-" + period + ".manifest.json", Audience.PAYROLL));
		}
		catch (WebProblem notWritten) {
			return null;
		}
	}

	Path file(String period, String fileName) {
		PeriodStatus status = periods.status(period);
		if (!status.isFinal()) {
			throw WebProblem.notFound("薪资文件未发布 the payroll of " + period + " is not released: the period is "
					+ status.state() + ", and payroll files are served only once it is FINAL (closed); "
					+ "see its preview at /payroll/" + period + "/preview");
		}
		return folder.find(period, fileName, Audience.PAYROLL);
	}

	/** The payroll file the period's ledger gives now, page {@code page} of its rows (100 a page). */
	public PayrollPreview preview(String period, Integer page) {
		PeriodStatus status = periods.status(period);
		PayrollContent content = content(status);
		int pages = Math.max(1, (content.rows() + PayrollPreview.PAGE_SIZE - 1) / PayrollPreview.PAGE_SIZE);
		int shown = Math.max(1, Math.min(page == null ? 1 : page, pages));
		int from = (shown - 1) * PayrollPreview.PAGE_SIZE;
		return PayrollPreview.of(period, status.state(), status.isFinal(), PayrollTotals.of(content),
				schedule.currency(),
				content.lines().subList(Math.min(from, content.rows()), Math.min(from + PayrollPreview.PAGE_SIZE,
						content.rows())), shown, pages);
	}

	private PayrollContent content(PeriodStatus status) {
		return PayrollContent.of(status.period(), scorecards.of(periods.period(status.period())));
	}

}
