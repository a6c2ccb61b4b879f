package com.conductledger.web.periods;

import java.util.Optional;

import org.springframework.stereotype.Component;

import com.conductledger.nightly.OnDemand;
import com.conductledger.payroll.PayrollContent;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.reporting.MonthScorecards;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.web.Periods;
import com.conductledger.web.WebProblem;

/** What a manager does to a period from its page: rescore it now, or close it on the figures confirmed. */
@Component
class PeriodActions {

	private final PeriodRegistry registry;

	private final Periods periods;

	private final MonthScorecards scorecards;

	private final PeriodTasks tasks;

	private final OnDemand onDemand;

	private final PenaltySchedule schedule;

	PeriodActions(PeriodRegistry registry, Periods periods, MonthScorecards scorecards, PeriodTasks tasks,
			OnDemand onDemand, PenaltySchedule schedule) {
		this.registry = registry;
		this.periods = periods;
		this.scorecards = scorecards;
		this.tasks = tasks;
		this.onDemand = onDemand;
		this.schedule = schedule;
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

}
