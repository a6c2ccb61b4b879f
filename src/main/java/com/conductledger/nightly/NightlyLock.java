package com.conductledger.nightly;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A lease in the database, so that only one nightly run goes at a time even with several
 * application instances on the same database: taking it is one conditional UPDATE, which the
 * database serialises; a crashed holder's lease simply runs out.
 */
@Component
class NightlyLock {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	NightlyLock(JdbcTemplate jdbc, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	/** Takes the lease for {@code lease} if nobody holds it; false when another run does. */
	boolean tryAcquire(String owner, Duration lease) {
		LocalDateTime now = LocalDateTime.now(clock);
		return jdbc.update("update job_lock set owner = ?, locked_until = ? where name = 'nightly' and locked_until < ?",
				owner, now.plus(lease), now) == 1;
	}

	void release(String owner) {
		jdbc.update("update job_lock set owner = null, locked_until = ? where name = 'nightly' and owner = ?",
				LocalDateTime.now(clock).minusSeconds(1), owner);
	}

}
