package com.conductledger.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.support.LedgerTables;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/** Whatever does not exist is 404 with a message, a page or {@code {"error": ...}}, never a 500 nor Boot's own answer. */
@WebIntegrationTest
class MissingThingsIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyLedger() {
		LedgerTables.empty(jdbc);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/qa/uploads/999999", "/feeds/uploads/999999", "/periods/2031-01",
			"/periods/2031-01/people/NOBODY", "/periods/2031-01/people/NOBODY/pdf", "/periods/2031-01/files/ledger-2031-01.csv",
			"/periods/2031-01/close", "/periods/2031-01/payroll-preview", "/payroll/2031-01/preview",
			"/payroll/2031-01/files/payroll-2031-01.csv", "/nowhere", "/admin/nowhere" })
	void aMissingPageIsTheNotFoundPage(String path) throws Exception {
		MockHttpServletResponse response = mvc.perform(get(path).with(WebFixtures.admin()))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andReturn()
			.getResponse();

		assertThat(response.getContentAsString()).contains("Not found").doesNotContain("\tat ", "Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/qa/uploads/999999", "/api/feeds/uploads/999999", "/api/periods/2031-01",
			"/api/periods/2031-01/people/NOBODY", "/api/periods/2031-01/people/NOBODY/pdf",
			"/api/periods/2031-01/files/ledger-2031-01.csv", "/api/periods/2031-01/close",
			"/api/payroll/2031-01/preview", "/api/payroll/2031-01/files/payroll-2031-01.csv", "/api/nowhere" })
	void aMissingApiResourceIsNotFoundInJson(String path) throws Exception {
		mvc.perform(get(path).with(WebFixtures.admin()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").isNotEmpty())
			.andExpect(jsonPath("$.status").doesNotExist());
	}

	@Test
	void reRunningAJobExecutionThatDoesNotExistIsNotFound() throws Exception {
		mvc.perform(post("/api/admin/jobs/{id}/restart", 987654).with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value(containsString("no job execution 987654")));
		mvc.perform(post("/admin/jobs/{id}/restart", 987654).with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	@Test
	void changingAUserWhoDoesNotExistIsNotFound() throws Exception {
		for (String action : new String[] { "disable", "enable" }) {
			mvc.perform(post("/api/admin/users/nobody/" + action).with(WebFixtures.admin()).with(csrf()))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error").value(containsString("no user 'nobody'")));
		}
	}

	@Test
	void theErrorPathAskedForDirectlyIsAPageThatDoesNotExist() throws Exception {
		mvc.perform(get("/error").with(WebFixtures.admin()))
			.andExpect(status().isNotFound())
			.andExpect(view().name("error"))
			.andExpect(content().string(containsString("there is no page /error")));
		mvc.perform(get("/error"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("999"))));
	}

}
