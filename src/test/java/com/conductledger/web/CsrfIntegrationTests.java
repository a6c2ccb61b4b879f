package com.conductledger.web;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.security.FirstAdmin;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A POST without the CSRF token is refused; the JSON API sends the token from {@code /api/me} in a header. */
@WebIntegrationTest
class CsrfIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FirstAdmin firstAdmin;

	@BeforeEach
	void emptyDatabase() {
		LedgerTables.empty(jdbc);
	}

	@Test
	void aFormPostWithoutTheTokenGetsTheExpiredFormPage() throws Exception {
		mvc.perform(multipart("/feeds/uploads").file(WebFixtures.csv("holidays.csv", "date,name\n"))
			.with(WebFixtures.manager()))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/denied"));
		mvc.perform(post("/admin/users").param("username", "csrf.victim").param("password", "whatever-password")
			.param("roles", "ADMIN").with(WebFixtures.admin()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "x").param("password", "y")).andExpect(status().isForbidden());
	}

	@Test
	void anApiPostWithoutTheHeaderIsRefusedInJson() throws Exception {
		mvc.perform(multipart("/api/feeds/uploads").file(WebFixtures.csv("holidays.csv", "date,name\n"))
			.with(WebFixtures.manager()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value(containsString("CSRF")));
	}

	@Test
	void anApiClientLogsInThenSendsTheTokenFromApiMeInTheHeader() throws Exception {
		jdbc.update("delete from app_user");
		firstAdmin.createIfNoUserExists();
		MockHttpSession session = (MockHttpSession) mvc
			.perform(formLogin("/login").user(WebIntegrationTest.ADMIN).password(WebIntegrationTest.ADMIN_PASSWORD))
			.andReturn().getRequest().getSession();
		String me = mvc.perform(get("/api/me").session(session))
			.andExpect(jsonPath("$.roles[0]").value("ADMIN"))
			.andReturn().getResponse().getContentAsString();
		String header = JsonPath.read(me, "$.csrf.headerName");
		String token = JsonPath.read(me, "$.csrf.token");

		mvc.perform(multipart("/api/feeds/uploads").file(WebFixtures.csv("holidays.csv", "date,name\n2026-12-25,圣诞\n"))
			.session(session).header(header, token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[0].taken").value(1));
	}

	@Test
	void theForbiddenPageSaysWhyInBothLanguages() throws Exception {
		mvc.perform(get("/denied").with(WebFixtures.qa()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("无权访问 You may not open this page")));
	}

}
