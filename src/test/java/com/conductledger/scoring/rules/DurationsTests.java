package com.conductledger.scoring.rules;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DurationsTests {

	@Test
	void reasonsSayHoursMinutesAndSecondsAsAPersonWould() {
		assertThat(Durations.text(Duration.ofMinutes(479))).isEqualTo("7 h 59 min");
		assertThat(Duration.ofSeconds(301)).satisfies(d -> assertThat(Durations.text(d)).isEqualTo("5 min 1 s"));
		assertThat(Durations.text(Duration.ofHours(2))).isEqualTo("2 h");
		assertThat(Durations.text(Duration.ZERO)).isEqualTo("0 min");
		assertThat(Durations.text(Duration.ofHours(-8))).isEqualTo("-8 h");
	}

}
