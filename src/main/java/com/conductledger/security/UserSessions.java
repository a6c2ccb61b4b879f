package com.conductledger.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;

/**
 * Ends the open sessions of a user whose access was revoked, through Spring Security's session
 * registry: the next request of such a session is refused (and {@link RevokedAccessFilter} refuses
 * one the registry does not know).
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class UserSessions {

	private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

	private final SessionRegistry registry;

	UserSessions(SessionRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void accessRevoked(AccessRevoked revoked) {
		int ended = end(revoked.username());
		if (ended > 0) {
			log.info("Ended {} open session(s) of '{}'", ended, revoked.username());
		}
	}

	/** Expires every session of the user; returns how many there were. */
	int end(String username) {
		int ended = 0;
		for (Object principal : registry.getAllPrincipals()) {
			if (principal instanceof UserDetails user && user.getUsername().equals(username)) {
				for (SessionInformation session : registry.getAllSessions(principal, false)) {
					session.expireNow();
					ended++;
				}
			}
		}
		return ended;
	}

}
