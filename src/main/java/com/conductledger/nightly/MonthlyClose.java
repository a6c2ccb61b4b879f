package com.conductledger.nightly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.stereotype.Service;

import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.reporting.MonthlyOutputs;
import com.conductledger.scoring.job.PeriodScorer;

/**
 * Closes a period after its cut-off day (Art. 23: the results reported at the meeting before the
 * 28th): scores it one last time, writes its final reports and payroll file once (manifest
 * {@code final: true}), and locks it. Later data for it becomes adjustments in the next open period.
 */
@Service
public class MonthlyClose {

	private final PeriodScorer scorer;

	private final MonthlyOutputs outputs;

	private final PeriodRegistry periods;

	private final Clock clock;

	MonthlyClose(PeriodScorer scorer, MonthlyOutputs outputs, PeriodRegistry periods, Optional<Clock> clock) {
		this.scorer = scorer;
		this.outputs = outputs;
		this.periods = periods;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	public MonthlyOutputs.Written close(Period period, Path outputRoot) {
		scorer.score(period);
		MonthlyOutputs.Written written = outputs.write(period, outputRoot.resolve(period.name()), true);
		periods.markFinal(period.name(), LocalDateTime.now(clock));
		return written;
	}

}
