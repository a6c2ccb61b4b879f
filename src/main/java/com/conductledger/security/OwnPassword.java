package com.conductledger.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * A signed-in user changes their own password: checked by {@link UserAccounts#changeOwnPassword},
 * then this session is signed in again with the new password's fingerprint (so it stays open,
 * while the user's other sessions, holding the old one, end at their next request).
 */
@Component
public class OwnPassword {

	private final UserAccounts accounts;

	private final DatabaseUserDetailsService details;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	OwnPassword(UserAccounts accounts, DatabaseUserDetailsService details) {
		this.accounts = accounts;
		this.details = details;
	}

	public UserView change(Authentication authentication, String currentPassword, String newPassword,
			HttpServletRequest request, HttpServletResponse response) {
		UserView changed = accounts.changeOwnPassword(authentication.getName(), currentPassword, newPassword);
		UserDetails user = details.loadUserByUsername(changed.username());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		return changed;
	}

}
