package com.conductledger.security;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Failed logins of one kind of key (a user name, an address) in memory: {@code max} failures
 * within {@code window} lock the key for {@code lockout}. Bounded, so that a flood of invented
 * names cannot fill the heap.
 */
final class FailureLog {

	static final int MAX_KEYS = 10_000;

	private final int max;

	private final Duration window;

	private final Duration lockout;

	private final Map<String, Failures> byKey = new HashMap<>();

	FailureLog(int max, Duration window, Duration lockout) {
		this.max = max;
		this.window = window;
		this.lockout = lockout;
	}

	/** Counts a failure; returns whether the key is now locked. */
	synchronized boolean failed(String key, Instant now) {
		if (byKey.size() >= MAX_KEYS) {
			prune(now);
		}
		Failures failures = byKey.computeIfAbsent(key, k -> new Failures());
		if (failures.lockedAt(now)) {
			return true;
		}
		failures.times.removeIf(time -> !time.isAfter(now.minus(window)));
		failures.times.addLast(now);
		if (failures.times.size() >= max) {
			failures.times.clear();
			failures.lockedUntil = now.plus(lockout);
			return true;
		}
		return false;
	}

	/** Until when the key is locked, if it is. */
	synchronized Optional<Instant> lockedUntil(String key, Instant now) {
		Failures failures = byKey.get(key);
		return failures != null && failures.lockedAt(now) ? Optional.of(failures.lockedUntil) : Optional.empty();
	}

	synchronized void clear(String key) {
		byKey.remove(key);
	}

	synchronized int size() {
		return byKey.size();
	}

	synchronized void clearAll() {
		byKey.clear();
	}

	/**
	 * Drops keys with no recent failure and no lock; if that is not enough, every key not locked;
	 * if even the locks are too many, those that end first, down to nine tenths of the bound.
	 */
	private void prune(Instant now) {
		byKey.values().removeIf(failures -> !failures.lockedAt(now)
				&& failures.times.stream().noneMatch(time -> time.isAfter(now.minus(window))));
		if (byKey.size() >= MAX_KEYS) {
			byKey.values().removeIf(failures -> !failures.lockedAt(now));
		}
		if (byKey.size() >= MAX_KEYS) {
			byKey.entrySet().stream()
				.sorted(Comparator.comparing(entry -> entry.getValue().lockedUntil))
				.limit(byKey.size() - MAX_KEYS * 9L / 10)
				.map(Map.Entry::getKey)
				.toList()
				.forEach(byKey::remove);
		}
	}

	private static final class Failures {

		private final Deque<Instant> times = new ArrayDeque<>();

		private Instant lockedUntil = Instant.MIN;

		boolean lockedAt(Instant now) {
			return now.isBefore(lockedUntil);
		}

	}

}
