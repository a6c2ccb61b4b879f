package com.conductledger.web.periods;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user's name, for the record of who started a rescore or a close. */
final class Who {

	private Who() {
	}

	static String current() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "web" : "web:" + authentication.getName();
	}

}
