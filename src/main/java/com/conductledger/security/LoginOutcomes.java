package com.conductledger.security;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * What a login's outcome does to the {@link LoginThrottle}: a failure counts (and the login page
 * says when it locked), a success forgets the name's failures and goes on to the page asked for.
 */
final class LoginOutcomes implements AuthenticationFailureHandler, AuthenticationSuccessHandler {

	static final String USERNAME = "username";

	private final LoginThrottle throttle;

	private final AuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();

	LoginOutcomes(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		boolean locked = throttle.failed(request.getParameter(USERNAME), request.getRemoteAddr());
		response.sendRedirect(request.getContextPath() + SecurityPages.LOGIN + (locked ? "?locked" : "?error"));
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		throttle.succeeded(authentication.getName());
		next.onAuthenticationSuccess(request, response, authentication);
	}

}
