package com.conductledger.security;

import java.util.Set;

/**
 * A user as the administration pages and API show it (never the password hash): the person of
 * agents.csv they are linked to, if any, and whether they must still change a one-time password.
 */
public record UserView(String username, String displayName, boolean enabled, Set<LedgerRole> roles, String personId,
		boolean mustChangePassword) {

	static UserView of(AppUser user) {
		return new UserView(user.getUsername(), user.getDisplayName(), user.isEnabled(), user.roles(),
				user.getPersonId(), user.mustChangePassword());
	}

}
