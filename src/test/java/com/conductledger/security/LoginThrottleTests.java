package com.conductledger.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTests {

	private final MovableClock clock = new MovableClock();

	private final LoginThrottle throttle = new LoginThrottle(
			new LoginThrottleProperties(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)), clock);

	@Test
	void theFifthFailureForANameLocksItForFifteenMinutes() {
		for (int i = 1; i <= 4; i++) {
			assertThat(throttle.failed("wang", "10.0.0." + i)).as("failure %d", i).isFalse();
		}

		assertThat(throttle.failed("Wang ", "10.0.0.5")).isTrue();
		assertThat(throttle.locked("wang", "10.0.0.99")).isTrue();
		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.locked("WANG", "10.0.0.99")).isTrue();
		clock.advance(Duration.ofMinutes(1));
		assertThat(throttle.locked("wang", "10.0.0.99")).isFalse();
	}

	@Test
	void failuresOlderThanTheWindowDoNotCount() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("li", "10.0.0.1");
		}
		clock.advance(Duration.ofMinutes(16));

		assertThat(throttle.failed("li", "10.0.0.2")).isFalse();
		assertThat(throttle.locked("li", "10.0.0.3")).isFalse();
	}

	@Test
	void twentyFailuresFromOneAddressLockItForEveryName() {
		for (int i = 1; i < 20; i++) {
			assertThat(throttle.failed("guess" + i, "192.0.2.7")).isFalse();
		}

		assertThat(throttle.failed("guess20", "192.0.2.7")).isTrue();
		assertThat(throttle.locked("somebody.else", "192.0.2.7")).isTrue();
		assertThat(throttle.locked("somebody.else", "192.0.2.8")).isFalse();
	}

	@Test
	void aGoodLoginForgetsTheNamesFailuresButNotTheAddresss() {
		for (int i = 0; i < 4; i++) {
			throttle.failed("zhao", "10.0.0.1");
		}

		throttle.succeeded("zhao");

		assertThat(throttle.failed("zhao", "10.0.0.1")).isFalse();
		for (int i = 0; i < 15; i++) {
			throttle.failed("other" + i, "10.0.0.1");
		}
		assertThat(throttle.locked("nobody", "10.0.0.1")).isTrue();
	}

	@Test
	void aNameThatIsNoUserIsLockedLikeAnyOther() {
		for (int i = 0; i < 5; i++) {
			throttle.failed("no.such.user", "10.0.0." + i);
		}

		assertThat(throttle.locked("no.such.user", "10.0.0.9")).isTrue();
	}

	@Test
	void aFloodOfInventedNamesDoesNotGrowTheLogWithoutBound() {
		FailureLog names = new FailureLog(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
		Instant now = Instant.parse("2026-12-02T08:00:00Z");

		for (int i = 0; i < FailureLog.MAX_KEYS * 3; i++) {
			names.failed("invented" + i, now.plusMillis(i));
		}

		assertThat(names.size()).isLessThanOrEqualTo(FailureLog.MAX_KEYS);
	}

	@Test
	void pruningKeepsTheLockedNames() {
		FailureLog names = new FailureLog(5, Duration.ofMinutes(15), Duration.ofMinutes(15));
		Instant now = Instant.parse("2026-12-02T08:00:00Z");
		for (int i = 0; i < 5; i++) {
			names.failed("locked.first", now);
		}

		for (int i = 0; i < FailureLog.MAX_KEYS * 2; i++) {
			names.failed("invented" + i, now.plusMillis(i));
		}

		assertThat(names.lockedUntil("locked.first", now.plusSeconds(60))).isPresent();
	}

	@Test
	void evenLockedNamesAreBoundedTheSoonestToEndGoingFirst() {
		FailureLog names = new FailureLog(1, Duration.ofMinutes(15), Duration.ofMinutes(15));
		Instant now = Instant.parse("2026-12-02T08:00:00Z");

		for (int i = 0; i < FailureLog.MAX_KEYS * 2; i++) {
			names.failed("locked" + i, now.plusMillis(i));
		}

		assertThat(names.size()).isLessThanOrEqualTo(FailureLog.MAX_KEYS);
		assertThat(names.lockedUntil("locked" + (FailureLog.MAX_KEYS * 2 - 1), now.plusSeconds(60))).isPresent();
		assertThat(names.lockedUntil("locked0", now.plusSeconds(60))).isEmpty();
	}

	@Test
	void limitsBelowOneAreRefusedAtStart() {
		assertThatThrownBy(() -> new LoginThrottleProperties(0, 20, Duration.ofMinutes(15), Duration.ofMinutes(15)))
			.hasMessageContaining("ledger.login.max-failures-per-name");
		assertThatThrownBy(() -> new LoginThrottleProperties(5, 20, Duration.ZERO, Duration.ofMinutes(15)))
			.hasMessageContaining("ledger.login.window");
	}

	private static final class MovableClock extends Clock {

		private Instant now = Instant.parse("2026-12-02T08:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
