package com.conductledger.web.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.conductledger.security.OwnPassword;
import com.conductledger.security.SecurityPages;
import com.conductledger.security.UserAccountException;
import com.conductledger.security.UserAccounts;

/** {@code /account/password}: a user changes their own password (and must, at the first login with a one-time one). */
@Controller
class AccountController {

	private final OwnPassword ownPassword;

	private final UserAccounts accounts;

	AccountController(OwnPassword ownPassword, UserAccounts accounts) {
		this.ownPassword = ownPassword;
		this.accounts = accounts;
	}

	@GetMapping(SecurityPages.PASSWORD)
	String form(Authentication authentication, Model model) {
		model.addAttribute("mustChange", accounts.mustChangePassword(authentication.getName()));
		return "account/password";
	}

	@PostMapping(SecurityPages.PASSWORD)
	String change(@RequestParam(required = false) String currentPassword,
			@RequestParam(required = false) String newPassword, @RequestParam(required = false) String confirmPassword,
			Authentication authentication, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (newPassword == null || !newPassword.equals(confirmPassword)) {
			redirect.addFlashAttribute("error", "两次输入的新密码不一致 the new password and its confirmation differ");
			return "redirect:" + SecurityPages.PASSWORD;
		}
		try {
			ownPassword.change(authentication, currentPassword, newPassword, request, response);
		}
		catch (UserAccountException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
			return "redirect:" + SecurityPages.PASSWORD;
		}
		redirect.addFlashAttribute("message", "密码已修改 your password is changed");
		return "redirect:/";
	}

}
