package com.conductledger.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.session.SessionInformationExpiredEvent;
import org.springframework.security.web.session.SessionInformationExpiredStrategy;

/**
 * What a refused request gets: the API a JSON {@code {"error": ...}} with 401 (not signed in) or
 * 403; a page the login page (not signed in) or the friendly 403 page. A session ended because the
 * user was disabled or their password reset gets 401 in JSON, or the login page saying so.
 */
final class DeniedResponses implements AccessDeniedHandler, AuthenticationEntryPoint, SessionInformationExpiredStrategy {

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		boolean csrf = denied instanceof CsrfException;
		if (isApi(request)) {
			json(response, HttpServletResponse.SC_FORBIDDEN, csrf
					? "missing or invalid CSRF token: send the X-CSRF-TOKEN header from GET /api/me"
					: "your role does not allow this");
			return;
		}
		request.setAttribute(SecurityPages.CSRF_REFUSED, csrf);
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		request.getRequestDispatcher(SecurityPages.DENIED).forward(request, response);
	}

	private final AuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint(SecurityPages.LOGIN);

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException, ServletException {
		if (isApi(request)) {
			json(response, HttpServletResponse.SC_UNAUTHORIZED, "not signed in: log in at /login first");
		}
		else {
			loginPage.commence(request, response, ex);
		}
	}

	@Override
	public void onExpiredSessionDetected(SessionInformationExpiredEvent event) throws IOException {
		sessionEnded(event.getRequest(), event.getResponse());
	}

	/** The answer to a request of a session that was ended (its user disabled, or the password reset). */
	void sessionEnded(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (isApi(request)) {
			json(response, HttpServletResponse.SC_UNAUTHORIZED,
					"your session has ended (the account was disabled or its password reset): log in at /login again");
		}
		else {
			response.sendRedirect(request.getContextPath() + SecurityPages.LOGIN + "?expired");
		}
	}

	static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/api") || path.startsWith("/api/");
	}

	/** The messages are fixed texts without quotes or backslashes, so they need no escaping. */
	static void json(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"error\":\"" + message + "\"}");
	}

}
