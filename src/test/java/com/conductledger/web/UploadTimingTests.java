package com.conductledger.web;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.conductledger.scoring.rules.RulesFixtures;

import static org.assertj.core.api.Assertions.assertThat;

/** An upload's rows count from the next nightly run (its time from the cron, in the centre's zone) or a Rescore now. */
class UploadTimingTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@Test
	void anAfternoonUploadCountsFromTheRunAtHalfPastOneTheNextNight() {
		UploadTiming timing = timing("2026-11-20T15:00", true);

		UploadTiming.CountsWhen counts = timing.countsWhen();

		assertThat(counts.nextNightlyRun()).isEqualTo(LocalDateTime.of(2026, 11, 21, 1, 30));
		assertThat(counts.currentPeriod()).isEqualTo("2026-11");
		assertThat(counts.sentence()).contains("from the nightly run at 2026-11-21 01:30 (Asia/Shanghai)", "Rescore now");
	}

	@Test
	void anUploadJustAfterTheCutOffCountsInTheNextPeriodsPage() {
		UploadTiming.CountsWhen counts = timing("2026-11-26T00:10", true).countsWhen();

		assertThat(counts.nextNightlyRun()).isEqualTo(LocalDateTime.of(2026, 11, 26, 1, 30));
		assertThat(counts.currentPeriod()).isEqualTo("2026-12");
		assertThat(counts.rescorePage()).isEqualTo("/periods/2026-12");
	}

	@Test
	void withTheNightlyRunOffOnlyARescoreCountsThem() {
		UploadTiming.CountsWhen counts = timing("2026-11-20T15:00", false).countsWhen();

		assertThat(counts.nextNightlyRun()).isNull();
		assertThat(counts.sentence()).contains("the nightly run is off here");
	}

	private static UploadTiming timing(String localTime, boolean nightly) {
		Clock clock = Clock.fixed(LocalDateTime.parse(localTime).atZone(SHANGHAI).toInstant(), SHANGHAI);
		return new UploadTiming(RulesFixtures.defaultSchedule(), "0 30 1 * * *", nightly, Optional.of(clock));
	}

}
