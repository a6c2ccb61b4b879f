package com.conductledger.web.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.conductledger.security.OwnPassword;
import com.conductledger.security.SecurityPages;
import com.conductledger.security.UserView;

/** {@code POST /api/account/password} {@code {"currentPassword": ..., "newPassword": ...}}: the caller's own password. */
@RestController
class AccountApiController {

	private final OwnPassword ownPassword;

	AccountApiController(OwnPassword ownPassword) {
		this.ownPassword = ownPassword;
	}

	@PostMapping(SecurityPages.PASSWORD_API)
	UserView change(@RequestBody PasswordChange body, Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		return ownPassword.change(authentication, body.currentPassword(), body.newPassword(), request, response);
	}

	record PasswordChange(String currentPassword, String newPassword) {
	}

}
