package com.conductledger.security;

import java.util.Set;

/** A user as the administration pages and API show it (never the password hash). */
public record UserView(String username, String displayName, boolean enabled, Set<LedgerRole> roles) {

	static UserView of(AppUser user) {
		return new UserView(user.getUsername(), user.getDisplayName(), user.isEnabled(), user.roles());
	}

}
