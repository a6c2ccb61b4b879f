package com.conductledger.security;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** On first start the administrator comes from ledger.admin.*, once, hashed; without the settings nobody is created. */
@WebIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class FirstAdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	UserAccounts accounts;

	@BeforeEach
	void noUserYet() {
		jdbc.update("delete from app_user");
	}

	@Test
	void theConfiguredAdministratorIsCreatedWithABcryptHashAndLogsIn() throws Exception {
		assertThat(firstAdmin.createIfNoUserExists()).isTrue();

		assertThat(jdbc.queryForObject("select password_hash from app_user where username = ?", String.class,
				WebIntegrationTest.ADMIN)).startsWith("$2").doesNotContain(WebIntegrationTest.ADMIN_PASSWORD);
		mvc.perform(formLogin("/login").user(WebIntegrationTest.ADMIN).password(WebIntegrationTest.ADMIN_PASSWORD))
			.andExpect(authenticated().withRoles("ADMIN"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void nobodyIsCreatedOnceAUserExists() {
		firstAdmin.createIfNoUserExists();

		assertThat(firstAdmin.createIfNoUserExists()).isFalse();
		assertThat(accounts.count()).isOne();
	}

	@Test
	void withoutSettingsNobodyIsCreatedAndTheLogSaysNobodyCanLogIn(CapturedOutput output) {
		FirstAdmin unconfigured = new FirstAdmin(accounts, new AdminAccountProperties(null, " "));

		assertThat(unconfigured.createIfNoUserExists()).isFalse();
		assertThat(accounts.count()).isZero();
		assertThat(output).contains("nobody can log in", "LEDGER_ADMIN_USERNAME", "LEDGER_ADMIN_PASSWORD");
	}

	@Test
	void aWeakFirstAdministratorIsNotCreatedAndTheLogSaysWhy(CapturedOutput output) {
		for (String password : new String[] { "12345678", "Root.Admin.2026", "123456789012" }) {
			FirstAdmin weak = new FirstAdmin(accounts, new AdminAccountProperties("root.admin", password));

			assertThat(weak.createIfNoUserExists()).isFalse();
		}

		assertThat(accounts.count()).isZero();
		assertThat(output).contains("'root.admin' from LEDGER_ADMIN_USERNAME / LEDGER_ADMIN_PASSWORD",
				"was not created, nobody can log in", "at least 12 characters", "must not be or contain the user name",
				"most common passwords");
	}

	@Test
	void aWrongPasswordDoesNotLogIn() throws Exception {
		firstAdmin.createIfNoUserExists();

		mvc.perform(formLogin("/login").user(WebIntegrationTest.ADMIN).password("guess"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

}
