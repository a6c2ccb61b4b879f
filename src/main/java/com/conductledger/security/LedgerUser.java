package com.conductledger.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user as Spring Security holds it, with the name to greet them by. */
public class LedgerUser extends User {

	private final String displayName;

	LedgerUser(String username, String passwordHash, boolean enabled, Collection<? extends GrantedAuthority> authorities,
			String displayName) {
		super(username, passwordHash, enabled, true, true, true, authorities);
		this.displayName = displayName;
	}

	public String getDisplayName() {
		return displayName;
	}

}
