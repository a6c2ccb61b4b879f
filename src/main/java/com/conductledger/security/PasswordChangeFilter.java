package com.conductledger.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who signed in with a one-time password reaches nothing but the password page until they
 * have chosen their own: a page is sent there, an API call gets 403 in JSON saying so. One
 * primary-key read a signed-in request.
 */
final class PasswordChangeFilter extends OncePerRequestFilter {

	/** What a user who must change their password may still open: the change itself, logging out, the page's assets. */
	private static final List<String> OPEN = List.of(SecurityPages.PASSWORD, SecurityPages.PASSWORD_API, "/api/me",
			"/logout", SecurityPages.LOGIN, "/error", "/favicon.ico");

	private static final List<String> OPEN_FOLDERS = List.of("/css/", "/js/");

	private final AppUserRepository users;

	PasswordChangeFilter(AppUserRepository users) {
		this.users = users;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken) && !open(request)
				&& users.findById(authentication.getName()).map(AppUser::mustChangePassword).orElse(false)) {
			if (DeniedResponses.isApi(request)) {
				DeniedResponses.json(response, HttpServletResponse.SC_FORBIDDEN,
						"change your one-time password first: POST /api/account/password with currentPassword and newPassword");
			}
			else {
				response.sendRedirect(request.getContextPath() + SecurityPages.PASSWORD);
			}
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean open(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return OPEN.contains(path) || OPEN_FOLDERS.stream().anyMatch(path::startsWith);
	}

}
