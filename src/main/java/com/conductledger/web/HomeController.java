package com.conductledger.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import com.conductledger.security.LoginThrottleProperties;
import com.conductledger.security.SecurityPages;
import com.conductledger.web.people.PeopleHomes;

/** The start page (the areas the user may open, an agent's or team lead's own home), the login page and the 403 page. */
@Controller
class HomeController {

	private final LoginThrottleProperties loginLimits;

	private final PeopleHomes homes;

	HomeController(LoginThrottleProperties loginLimits, PeopleHomes homes) {
		this.loginLimits = loginLimits;
		this.homes = homes;
	}

	/** The areas the user may open; an agent's or a team lead's own ledger and evaluations ({@link PeopleHomes}). */
	@GetMapping("/")
	String home(Authentication authentication, Model model) {
		homes.of(authentication).ifPresent(home -> model.addAttribute("home", home));
		return "home";
	}

	@GetMapping(SecurityPages.LOGIN)
	String login(Model model) {
		model.addAttribute("lockoutMinutes", loginLimits.lockoutMinutes());
		return "login";
	}

	@RequestMapping(SecurityPages.DENIED)
	String denied(HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setStatus(HttpServletResponse.SC_FORBIDDEN);
		model.addAttribute("csrf", Boolean.TRUE.equals(request.getAttribute(SecurityPages.CSRF_REFUSED)));
		return "denied";
	}

}
