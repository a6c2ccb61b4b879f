package com.conductledger.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code ledger.admin.username} / {@code ledger.admin.password} (environment
 * {@code LEDGER_ADMIN_USERNAME} / {@code LEDGER_ADMIN_PASSWORD}): the first administrator.
 */
@ConfigurationProperties("ledger.admin")
record AdminAccountProperties(String username, String password) {

	boolean configured() {
		return username != null && !username.isBlank() && password != null && !password.isBlank();
	}

}
