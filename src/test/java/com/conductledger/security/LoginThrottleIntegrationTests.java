package com.conductledger.security;

import java.util.EnumSet;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.conductledger.support.WebIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/**
 * Password guessing through the login form meets a lock: five failures for a name lock the name,
 * twenty from an address lock the address, for fifteen minutes, and the login page says so in the
 * same words whether or not the name is a user's.
 */
@WebIntegrationTest
class LoginThrottleIntegrationTests {

	static final String USER = "throttle.user";

	static final String PASSWORD = "violet-harbour-lantern";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void oneUserAndNoLock() {
		throttle.clear();
		jdbc.update("delete from app_user where username = ?", USER);
		accounts.create(USER, USER, PASSWORD, EnumSet.of(LedgerRole.QA));
	}

	@AfterEach
	void noLockLeftForOtherTests() {
		throttle.clear();
	}

	@Test
	void theFifthWrongPasswordLocksTheNameEvenForTheRightPassword() throws Exception {
		for (int i = 1; i <= 4; i++) {
			logIn(USER, "wrong-guess-" + i, "198.51.100." + i).andExpect(redirectedUrl("/login?error"));
		}
		logIn(USER, "wrong-guess-5", "198.51.100.5").andExpect(redirectedUrl("/login?locked"));

		logIn(USER, PASSWORD, "198.51.100.6").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/login").param("locked", ""))
			.andExpect(content().string(containsString("Too many failed logins for this user name or from this address")))
			.andExpect(content().string(containsString("wait 15 minutes")));
	}

	@Test
	void aNameThatIsNoUsersIsLockedInTheSameWords() throws Exception {
		for (int i = 1; i <= 4; i++) {
			logIn("no.such.person", "wrong-guess-" + i, "198.51.100." + i).andExpect(redirectedUrl("/login?error"));
		}

		logIn("no.such.person", "wrong-guess-5", "198.51.100.5").andExpect(redirectedUrl("/login?locked"));
	}

	@Test
	void twentyFailuresFromOneAddressLockItButNotOthers() throws Exception {
		for (int i = 1; i <= 19; i++) {
			logIn("guess" + i, "wrong-guess", "203.0.113.9").andExpect(redirectedUrl("/login?error"));
		}
		logIn("guess20", "wrong-guess", "203.0.113.9").andExpect(redirectedUrl("/login?locked"));

		logIn(USER, PASSWORD, "203.0.113.9").andExpect(unauthenticated()).andExpect(redirectedUrl("/login?locked"));
		logIn(USER, PASSWORD, "203.0.113.10").andExpect(authenticated().withUsername(USER));
	}

	@Test
	void aGoodLoginBeforeTheLockForgetsTheNamesFailures() throws Exception {
		for (int i = 1; i <= 4; i++) {
			logIn(USER, "wrong-guess-" + i, "198.51.100.20").andExpect(redirectedUrl("/login?error"));
		}
		logIn(USER, PASSWORD, "198.51.100.21").andExpect(authenticated());

		logIn(USER, "one-more-wrong-guess", "198.51.100.22").andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", ""))
			.andExpect(content().string(not(containsString("Too many failed logins"))));
	}

	private ResultActions logIn(String username, String password, String address) throws Exception {
		return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr(address);
				return request;
			}));
	}

}
