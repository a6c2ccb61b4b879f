package com.conductledger.nightly;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A manager may close a period from its last day on, in the centre's zone, and not before; never
 * one without data; never twice.
 */
@SpringBootTest(properties = { "ledger.output-dir=target/close-on-demand/out" })
@ActiveProfiles("test")
class CloseOnDemandIntegrationTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Autowired
	OnDemand onDemand;

	@Autowired
	FolderIngest ingest;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	MovableClock clock;

	@BeforeEach
	void theSampleMonthIsIn() {
		LedgerTables.empty(jdbc);
		jdbc.update("update job_lock set owner = null, locked_until = '2000-01-01 00:00:00' where name = 'nightly'");
		ingest.ingest(SampleData.november());
	}

	@Test
	void aPeriodCannotBeClosedBeforeItsLastDayInTheCentresZone() {
		clock.at("2026-11-24T23:59");

		assertThat(onDemand.closeRefusal(november()))
			.hasValue("period 2026-11 runs until 2026-11-25: it can be closed from that day on (today is 2026-11-24); "
					+ "the nightly run closes it on the first night after");
		assertThatThrownBy(() -> onDemand.close(november(), Optional.empty(), Optional.empty(), "test"))
			.isInstanceOf(CloseRefusedException.class);
	}

	@Test
	void fromItsLastDayOnItClosesOnceAndIsRefusedTheSecondTime() {
		clock.at("2026-11-25T00:00");

		assertThat(onDemand.closeRefusal(november())).isEmpty();
		onDemand.close(november(), Optional.empty(), Optional.empty(), "test");

		assertThat(onDemand.closeRefusal(november())).hasValueSatisfying(reason -> assertThat(reason)
			.startsWith("period 2026-11 is already FINAL"));
		assertThatThrownBy(() -> onDemand.close(november(), Optional.empty(), Optional.empty(), "test"))
			.isInstanceOf(CloseRefusedException.class)
			.hasMessageContaining("already FINAL");
	}

	@Test
	void aPeriodWithoutDataIsNotClosed() {
		clock.at("2026-12-01T09:00");

		assertThat(onDemand.closeRefusal(Period.of("2026-09", schedule.cutoffDay())))
			.hasValueSatisfying(reason -> assertThat(reason).contains("has no roster shift and no evaluation"));
	}

	@Test
	void aCloseWaitsForNoOneItRefusesWhileTheNightlyRunHoldsTheLease() {
		clock.at("2026-11-26T09:00");
		jdbc.update("update job_lock set owner = 'the nightly run', locked_until = ? where name = 'nightly'",
				LocalDateTime.now(clock).plusHours(1));

		assertThatThrownBy(() -> onDemand.close(november(), Optional.empty(), Optional.empty(), "test"))
			.isInstanceOf(OnDemand.BusyException.class)
			.hasMessageContaining("try again when it has finished");
	}

	private Period november() {
		return Period.of("2026-11", schedule.cutoffDay());
	}

	/** A clock the test sets, in the centre's zone. */
	static final class MovableClock extends Clock {

		private volatile Instant now = Instant.now();

		void at(String localTime) {
			now = LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant();
		}

		@Override
		public ZoneId getZone() {
			return SHANGHAI;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(now, zone);
		}

		@Override
		public Instant instant() {
			return now;
		}

	}

	@TestConfiguration
	static class Clocks {

		@Bean
		MovableClock movableClock() {
			return new MovableClock();
		}

	}

}
