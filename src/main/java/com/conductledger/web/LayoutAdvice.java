package com.conductledger.web;

import java.util.Arrays;
import java.util.Comparator;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.conductledger.web.periods.LabelsView;

/** Gives every page the signed-in user for the header ({@code me}, null on the login page), its area and the labels. */
@ControllerAdvice
class LayoutAdvice {

	@ModelAttribute("me")
	CurrentUser me() {
		return currentUser();
	}

	/** The labels of tiers and categories, the same on every page as in the PDF and the workbook. */
	@ModelAttribute("labels")
	LabelsView labels() {
		return LabelsView.ALL;
	}

	/** The area the page belongs to, for the header: the one whose path is the longest prefix of the request's. */
	@ModelAttribute("activeArea")
	CurrentUser.Area activeArea(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return Arrays.stream(CurrentUser.Area.values())
			.filter(area -> path.equals(area.path()) || path.startsWith(area.path() + "/"))
			.max(Comparator.comparingInt(area -> area.path().length()))
			.orElse(null);
	}

	static CurrentUser currentUser() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return CurrentUser.of(authentication);
	}

}
