package com.conductledger.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * On every request of a signed-in session, checks the user as stored now: disabled, deleted, or
 * with a password changed since the login, the session is ended and the request refused. The
 * session registry ends such sessions too; this check holds when the registry missed one (a user
 * disabled in the database directly, a session the registry never saw). One primary-key read a request.
 */
final class RevokedAccessFilter extends OncePerRequestFilter {

	private final AppUserRepository users;

	private final DeniedResponses responses;

	private final SecurityContextLogoutHandler logout = new SecurityContextLogoutHandler();

	RevokedAccessFilter(AppUserRepository users, DeniedResponses responses) {
		this.users = users;
		this.responses = responses;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof LedgerUser user
				&& !users.findById(user.getUsername()).map(user::stillMatches).orElse(false)) {
			logout.logout(request, response, authentication);
			responses.sessionEnded(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

}
