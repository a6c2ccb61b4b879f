package com.conductledger.security;

/** The pages the security layer sends people to, shared with the web controllers that render them. */
public final class SecurityPages {

	public static final String LOGIN = "/login";

	public static final String DENIED = "/denied";

	/** Request attribute set to {@code true} when a form was refused for a missing or wrong CSRF token. */
	public static final String CSRF_REFUSED = "com.conductledger.security.csrfRefused";

	private SecurityPages() {
	}

}
