package com.conductledger.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import com.conductledger.security.LoginThrottleProperties;
import com.conductledger.security.SecurityPages;

/** The start page (the areas the user may open), the login page and the 403 page. */
@Controller
class HomeController {

	private final LoginThrottleProperties loginLimits;

	HomeController(LoginThrottleProperties loginLimits) {
		this.loginLimits = loginLimits;
	}

	@GetMapping("/")
	String home() {
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
