package com.conductledger.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;
import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;

/**
 * When uploaded rows start to count: they are in the database at once, and on the scorecards after
 * the next scoring, the nightly run's (its next time from {@code ledger.nightly.cron}) or a
 * manager's "Rescore now" on the period's page.
 */
@Component
public class UploadTiming {

	private final PenaltySchedule schedule;

	private final CronExpression cron;

	private final boolean nightlyEnabled;

	private final Clock clock;

	UploadTiming(PenaltySchedule schedule, @Value("${ledger.nightly.cron}") String cron,
			@Value("${ledger.nightly.enabled}") boolean nightlyEnabled, Optional<Clock> clock) {
		this.schedule = schedule;
		this.cron = CronExpression.parse(cron);
		this.nightlyEnabled = nightlyEnabled;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	public CountsWhen countsWhen() {
		ZonedDateTime now = ZonedDateTime.now(clock.withZone(schedule.zone()));
		LocalDateTime next = nightlyEnabled ? Optional.ofNullable(cron.next(now)).map(ZonedDateTime::toLocalDateTime)
			.orElse(null) : null;
		Period current = Period.containing(LocalDate.from(now), schedule.cutoffDay());
		return new CountsWhen(next, schedule.zone().getId(), current.name(), "/periods/" + current.name());
	}

	/**
	 * The next nightly run (null when it is off), in the centre's zone, and the period to rescore now.
	 * The sentence says it for the page.
	 */
	public record CountsWhen(LocalDateTime nextNightlyRun, String zone, String currentPeriod, String rescorePage) {

		public String sentence() {
			String night = nextNightlyRun == null ? "the nightly run is off here, so they count at the next rescore"
					: "they count on the scorecards from the nightly run at " + nextNightlyRun.toString().replace('T', ' ')
							+ " (" + zone + ")";
			return "已入库，夜间运行后计入成绩 The rows are in the database now; " + night
					+ ", or at once when a manager presses Rescore now on the period's page (" + currentPeriod + ").";
		}

	}

}
