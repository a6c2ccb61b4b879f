package com.conductledger.web;

import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/me}: who is signed in, and the CSRF token a client of the JSON API sends back in
 * the header it names on every POST (the API uses the login session, like the pages).
 */
@RestController
class MeApiController {

	@GetMapping("/api/me")
	Map<String, Object> me(Authentication authentication, CsrfToken csrf) {
		CurrentUser me = CurrentUser.of(authentication);
		return Map.of("username", me.username(), "displayName", me.displayName(), "roles", me.roles(), "csrf",
				Map.of("headerName", csrf.getHeaderName(), "parameterName", csrf.getParameterName(), "token",
						csrf.getToken()));
	}

}
