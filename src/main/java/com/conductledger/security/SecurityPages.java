package com.conductledger.security;

/** The pages the security layer sends people to, shared with the web controllers that render them. */
public final class SecurityPages {

	public static final String LOGIN = "/login";

	public static final String DENIED = "/denied";

	/** Where a user changes their own password, and must at the first login with a one-time password. */
	public static final String PASSWORD = "/account/password";

	public static final String PASSWORD_API = "/api/account/password";

	/** Request attribute set to {@code true} when a form was refused for a missing or wrong CSRF token. */
	public static final String CSRF_REFUSED = "com.conductledger.security.csrfRefused";

	private SecurityPages() {
	}

}
