package com.conductledger.security;

import java.time.Clock;
import java.util.Locale;

/**
 * Slows password guessing down: too many failed logins for a user name, or from an address, lock
 * that name or address for a while ({@link LoginThrottleProperties}). Names are counted whether
 * or not such a user exists, so a lock says nothing about who has an account. Held in memory: a
 * restart clears it, and each instance of the application counts on its own.
 */
public class LoginThrottle {

	private final FailureLog names;

	private final FailureLog addresses;

	private final Clock clock;

	LoginThrottle(LoginThrottleProperties limits, Clock clock) {
		this.names = new FailureLog(limits.maxFailuresPerName(), limits.window(), limits.lockout());
		this.addresses = new FailureLog(limits.maxFailuresPerAddress(), limits.window(), limits.lockout());
		this.clock = clock;
	}

	/** Whether a login for this name from this address is refused without looking at the password. */
	boolean locked(String username, String address) {
		return names.lockedUntil(key(username), clock.instant()).isPresent()
				|| addresses.lockedUntil(String.valueOf(address), clock.instant()).isPresent();
	}

	/** Counts a failed login; returns whether the name or the address is now locked. */
	boolean failed(String username, String address) {
		boolean name = names.failed(key(username), clock.instant());
		boolean from = addresses.failed(String.valueOf(address), clock.instant());
		return name || from;
	}

	/** A good login forgets the name's failures (not the address's: one known account must not unlock guessing). */
	void succeeded(String username) {
		names.clear(key(username));
	}

	/** Forgets every failure and lock, as a restart does (the tests start from it). */
	public void clear() {
		names.clearAll();
		addresses.clearAll();
	}

	private static String key(String username) {
		return String.valueOf(username).trim().toLowerCase(Locale.ROOT);
	}

}
