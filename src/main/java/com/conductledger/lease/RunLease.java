package com.conductledger.lease;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The run lease: one row of {@code job_lock}, so that one run at a time scores and writes outputs
 * on a database, whatever the number of processes and hosts (the nightly run, {@code run},
 * {@code close}, a manager's rescore or close). Taking it is one conditional UPDATE, which the
 * database serialises. The holder renews it every quarter of {@code ledger.lease.ttl} (2 minutes by
 * default); a holder that died stops renewing and its lease runs out, and a holder on this host
 * whose process is gone ({@link ProcessIdentity}) is taken over at once, so a plain rerun after a
 * crash does not wait.
 */
@Component
public class RunLease {

	private static final Logger log = LoggerFactory.getLogger(RunLease.class);

	private static final int OWNER_LENGTH = 100;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Duration ttl;

	RunLease(JdbcTemplate jdbc, Optional<Clock> clock, @Value("${ledger.lease.ttl:PT2M}") Duration ttl) {
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.ttl = ttl;
	}

	/** Takes the lease for {@code what} if nobody alive holds it. */
	public Optional<Held> tryAcquire(String what) {
		String owner = owner(what);
		LocalDateTime now = LocalDateTime.now(clock);
		if (jdbc.update("update job_lock set owner = ?, locked_until = ? where name = 'nightly' and locked_until < ?",
				owner, now.plus(ttl), now) == 1) {
			return Optional.of(new Held(owner));
		}
		Optional<String> holder = holderOwner();
		if (holder.isPresent() && ProcessIdentity.parse(holder.get()).map(ProcessIdentity::isDeadOnThisHost)
			.orElse(false)
				&& jdbc.update("update job_lock set owner = ?, locked_until = ? where name = 'nightly' and owner = ?",
						owner, now.plus(ttl), holder.get()) == 1) {
			log.warn("run lease taken over from a process that is gone: {}", holder.get());
			return Optional.of(new Held(owner));
		}
		return Optional.empty();
	}

	/**
	 * Takes the lease, waiting up to {@code wait} for the holder to finish (telling {@code waiting}
	 * once who holds it); throws {@link LeaseBusyException} naming the holder when it does not.
	 */
	public Held acquire(String what, Duration wait, Consumer<String> waiting) {
		long deadline = System.nanoTime() + wait.toNanos();
		boolean told = false;
		while (true) {
			Optional<Held> held = tryAcquire(what);
			if (held.isPresent()) {
				return held.get();
			}
			if (System.nanoTime() >= deadline) {
				throw new LeaseBusyException("another run holds this database (" + holder()
						+ "): waited " + wait.toSeconds() + " s; try again when it has finished");
			}
			if (!told) {
				waiting.accept("waiting up to " + wait.toSeconds() + " s for another run to finish (" + holder() + ")");
				told = true;
			}
			try {
				Thread.sleep(Math.min(1000, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new LeaseBusyException("interrupted while waiting for the run lease (" + holder() + ")");
			}
		}
	}

	/** Who holds the lease, for a message: its process and task, and until when. */
	public String holder() {
		List<Map<String, Object>> rows = jdbc.queryForList("select owner, locked_until from job_lock where name = 'nightly'");
		if (rows.isEmpty() || rows.get(0).get("owner") == null) {
			return "nobody now";
		}
		String owner = rows.get(0).get("owner").toString();
		String[] parts = owner.split("\\s+", 3);
		Optional<ProcessIdentity> process = ProcessIdentity.parse(owner);
		String task = parts.length == 3 ? parts[2] : owner;
		return process.map(p -> task + ", process " + p.pid() + " on " + p.host()).orElse(task)
				+ ", lease until " + rows.get(0).get("locked_until");
	}

	private Optional<String> holderOwner() {
		List<String> owners = jdbc.queryForList("select owner from job_lock where name = 'nightly'", String.class);
		return owners.isEmpty() ? Optional.empty() : Optional.ofNullable(owners.get(0));
	}

	private static String owner(String what) {
		String owner = ProcessIdentity.current() + " " + UUID.randomUUID().toString().substring(0, 8) + " " + what;
		return owner.length() <= OWNER_LENGTH ? owner : owner.substring(0, OWNER_LENGTH);
	}

	/** A lease held: renewed in the background until it is closed. */
	public final class Held implements AutoCloseable {

		private final String owner;

		private final ScheduledExecutorService renewal;

		private volatile boolean lost;

		private Held(String owner) {
			this.owner = owner;
			this.renewal = Executors.newSingleThreadScheduledExecutor(runnable -> {
				Thread thread = new Thread(runnable, "run-lease");
				thread.setDaemon(true);
				return thread;
			});
			long every = Math.max(1, ttl.toMillis() / 4);
			renewal.scheduleWithFixedDelay(this::renew, every, every, TimeUnit.MILLISECONDS);
		}

		private void renew() {
			try {
				if (jdbc.update("update job_lock set locked_until = ? where name = 'nightly' and owner = ?",
						LocalDateTime.now(clock).plus(ttl), owner) == 0 && !lost) {
					lost = true;
					log.error("the run lease was lost (another process took it after it ran out): {}", owner);
				}
			}
			catch (RuntimeException ex) {
				log.warn("the run lease could not be renewed: {}", ex.getMessage());
			}
		}

		/** Whether another process took the lease while this one held it (it could not renew in time). */
		public boolean lost() {
			return lost;
		}

		@Override
		public void close() {
			renewal.shutdownNow();
			try {
				jdbc.update("update job_lock set owner = null, locked_until = ? where name = 'nightly' and owner = ?",
						LocalDateTime.now(clock).minusSeconds(1), owner);
			}
			catch (RuntimeException ex) {
				log.warn("the run lease could not be released (it runs out in {}): {}", ttl, ex.getMessage());
			}
		}

	}

}
