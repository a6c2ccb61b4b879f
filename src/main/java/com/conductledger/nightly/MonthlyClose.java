package com.conductledger.nightly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.conductledger.payroll.PayrollContent;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.reporting.MonthScorecards;
import com.conductledger.reporting.MonthlyOutputs;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;

/**
 * Closes a period after its cut-off day (Art. 23: the results reported at the meeting before the
 * 28th): scores it one last time, writes its final reports and payroll file once (manifest
 * {@code final: true}), and locks it. Later data for it becomes adjustments in the next open period.
 * A manager may close it earlier, from its last day on, on the payroll figures they confirmed.
 */
@Service
public class MonthlyClose {

	private final PeriodScorer scorer;

	private final MonthlyOutputs outputs;

	private final PeriodRegistry periods;

	private final MonthScorecards scorecards;

	private final PenaltySchedule schedule;

	private final Clock clock;

	MonthlyClose(PeriodScorer scorer, MonthlyOutputs outputs, PeriodRegistry periods, MonthScorecards scorecards,
			PenaltySchedule schedule, Optional<Clock> clock) {
		this.scorer = scorer;
		this.outputs = outputs;
		this.periods = periods;
		this.scorecards = scorecards;
		this.schedule = schedule;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** The nightly close, on the first night after the cut-off. */
	public MonthlyOutputs.Written close(Period period, Path outputRoot) {
		scorer.score(period);
		return finish(period, outputRoot);
	}

	/**
	 * A manager's close, refused before the period's last day and when it is FINAL already; when
	 * {@code confirmedPayrollSha256} is given, only if the payroll file after this last scoring is
	 * exactly the one they confirmed (data that arrived in between refuses the close).
	 */
	public MonthlyOutputs.Written closeOnDemand(Period period, Path outputRoot, Optional<String> confirmedPayrollSha256) {
		refusalOnDemand(period).ifPresent(reason -> {
			throw new CloseRefusedException(reason);
		});
		scorer.score(period);
		if (confirmedPayrollSha256.isPresent()) {
			PayrollContent payroll = PayrollContent.of(period.name(), scorecards.of(period));
			if (!payroll.sha256().equals(confirmedPayrollSha256.get())) {
				throw new CloseRefusedException("period " + period.name() + " was not closed: its payroll changed since "
						+ "it was confirmed (data arrived in between); it now has " + payroll.rows() + " rows, "
						+ payroll.totalDeductionPoints() + " points: look at the new figures and confirm again");
			}
		}
		return finish(period, outputRoot);
	}

	private MonthlyOutputs.Written finish(Period period, Path outputRoot) {
		MonthlyOutputs.Written written = outputs.write(period, outputRoot.resolve(period.name()), true);
		periods.markFinal(period.name(), LocalDateTime.now(clock));
		return written;
	}

	/**
	 * Why a manager may not close the period now, if so: it is FINAL already, or its last day has not
	 * come yet (in the centre's zone). From its last day on it may be closed; data that comes later
	 * becomes adjustments in the next period.
	 */
	public Optional<String> refusalOnDemand(Period period) {
		Optional<PeriodStatus> status = periods.find(period.name());
		if (status.map(PeriodStatus::isFinal).orElse(false)) {
			return Optional.of("period " + period.name() + " is already FINAL (closed " + status.get().closedAt()
					+ "): its payroll file was written once and is not rewritten");
		}
		LocalDate today = LocalDate.now(clock.withZone(schedule.zone()));
		if (today.isBefore(period.lastDate())) {
			return Optional.of("period " + period.name() + " runs until " + period.lastDate() + ": it can be closed from "
					+ "that day on (today is " + today + "); the nightly run closes it on the first night after");
		}
		if (!periods.hasFacts(period)) {
			return Optional.of("period " + period.name() + " has no roster shift and no evaluation: there is nothing "
					+ "to close (was its data loaded?)");
		}
		return Optional.empty();
	}

}
