package com.conductledger.security;

import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * On the web application's start, when nobody can sign in yet, creates the first administrator
 * from {@code ledger.admin.*}. There is no default password: without the settings it only warns, and a
 * password that fails {@link PasswordPolicy} is refused with an error in the log.
 * It runs once every bean is made and before the web server listens, so that the first login
 * after start already finds the administrator.
 */
@Component
@ConditionalOnWebApplication
@EnableConfigurationProperties(AdminAccountProperties.class)
public class FirstAdmin implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private final UserAccounts accounts;

	private final AdminAccountProperties admin;

	FirstAdmin(UserAccounts accounts, AdminAccountProperties admin) {
		this.accounts = accounts;
		this.admin = admin;
	}

	@Override
	public void afterSingletonsInstantiated() {
		createIfNoUserExists();
	}

	/** Creates the configured administrator if there is no user at all; returns whether it did. */
	public boolean createIfNoUserExists() {
		if (accounts.count() > 0) {
			return false;
		}
		if (!admin.configured()) {
			log.warn("No user exists and no first administrator is configured: nobody can log in. Set "
					+ "LEDGER_ADMIN_USERNAME and LEDGER_ADMIN_PASSWORD (or ledger.admin.username / ledger.admin.password) "
					+ "and restart.");
			return false;
		}
		try {
			accounts.create(admin.username(), admin.username(), admin.password(), EnumSet.of(LedgerRole.ADMIN));
		}
		catch (UserAccountException ex) {
			log.error("The first administrator '{}' from LEDGER_ADMIN_USERNAME / LEDGER_ADMIN_PASSWORD (ledger.admin.*) "
					+ "was not created, nobody can log in: {}. Set a password of at least {} characters that is not the "
					+ "user name and not a common password, and restart.", admin.username(), ex.getMessage(),
					PasswordPolicy.MIN_LENGTH);
			return false;
		}
		log.info("Created the first administrator '{}' from ledger.admin.*",
				admin.username());
		return true;
	}

}
