package com.conductledger.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code ledger.login.*}: how many failed logins within {@code window} lock a user name or an
 * address, and for how long.
 */
@ConfigurationProperties("ledger.login")
public record LoginThrottleProperties(@DefaultValue("5") int maxFailuresPerName,
		@DefaultValue("20") int maxFailuresPerAddress, @DefaultValue("15m") Duration window,
		@DefaultValue("15m") Duration lockout) {

	public LoginThrottleProperties {
		if (maxFailuresPerName < 1 || maxFailuresPerAddress < 1) {
			throw new IllegalArgumentException(
					"ledger.login.max-failures-per-name and ledger.login.max-failures-per-address must be 1 or more");
		}
		if (window.isNegative() || window.isZero() || lockout.isNegative() || lockout.isZero()) {
			throw new IllegalArgumentException("ledger.login.window and ledger.login.lockout must be longer than 0");
		}
	}

	/** The lockout in whole minutes (at least 1), as the login page says it. */
	public long lockoutMinutes() {
		return Math.max(1, (lockout.toSeconds() + 59) / 60);
	}

}
