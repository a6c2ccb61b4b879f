package com.conductledger.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A signed-in user as Spring Security holds it, with the name to greet them by and a fingerprint of
 * the password they signed in with (the password itself is erased after the login).
 */
public class LedgerUser extends User {

	private final String displayName;

	private final String credentialStamp;

	LedgerUser(AppUser user, Collection<? extends GrantedAuthority> authorities) {
		super(user.getUsername(), user.getPasswordHash(), user.isEnabled(), true, true, true, authorities);
		this.displayName = user.getDisplayName();
		this.credentialStamp = user.credentialStamp();
	}

	public String getDisplayName() {
		return displayName;
	}

	/** Whether this sign-in still stands for the user as stored: enabled, with the same password. */
	boolean stillMatches(AppUser stored) {
		return stored.isEnabled() && stored.credentialStamp().equals(credentialStamp);
	}

}
