package com.conductledger.web.admin;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.ingest.InputKind;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The administrator sees the job history, re-runs a failed execution and manages users. */
@WebIntegrationTest
class AdminIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FolderIngest ingest;

	@BeforeEach
	void oneFileFailedOneWasTaken() {
		LedgerTables.empty(jdbc);
		jdbc.update("delete from app_user where username like 'test.%'");
		ingest.ingestFile(Path.of("src/test/resources/ingest/month/agents.csv"), "agents.csv", InputKind.AGENTS);
		ingest.ingestFile(Path.of("src/test/resources/ingest/bad/not-a-workbook.xlsx"), "evaluations/not-a-workbook.xlsx",
				InputKind.EVALUATIONS);
	}

	@Test
	void theJobHistoryIsPagedSearchedAndSortedInTheDatabase() throws Exception {
		long failed = failedExecution();

		mvc.perform(get("/api/admin/jobs").param("size", "1").with(WebFixtures.admin()))
			.andExpect(jsonPath("$.rows.length()").value(1))
			.andExpect(jsonPath("$.rows[0].executionId").value(failed))
			.andExpect(jsonPath("$.pages").value(2))
			.andExpect(jsonPath("$.matching").value(2));
		mvc.perform(get("/api/admin/jobs").param("size", "1").param("page", "2").with(WebFixtures.admin()))
			.andExpect(jsonPath("$.rows[0].status").value("COMPLETED"));
		mvc.perform(get("/api/admin/jobs").param("q", "evaluations").with(WebFixtures.admin()))
			.andExpect(jsonPath("$.matching").value(1))
			.andExpect(jsonPath("$.rows[0].status").value("FAILED"));
		mvc.perform(get("/api/admin/jobs").param("q", "agents.csv").with(WebFixtures.admin()))
			.andExpect(jsonPath("$.matching").value(1))
			.andExpect(jsonPath("$.rows[0].parameters.kind").value("AGENTS"));
		mvc.perform(get("/api/admin/jobs").param("sort", "status").param("dir", "asc").with(WebFixtures.admin()))
			.andExpect(jsonPath("$.rows[0].status").value("COMPLETED"))
			.andExpect(jsonPath("$.rows[1].status").value("FAILED"));
		mvc.perform(get("/api/admin/jobs").param("sort", "owner").with(WebFixtures.admin()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("sort by one of id, job, status, start, end")));
		mvc.perform(get("/admin").param("size", "1").with(WebFixtures.admin()))
			.andExpect(content().string(containsString("Page 1 of 2")))
			.andExpect(content().string(containsString("id=\"sort-status\"")));
	}

	@Test
	void theJobHistoryShowsAFailureByItsFirstLineWithAReRunButton() throws Exception {
		long failed = failedExecution();

		String page = mvc.perform(get("/admin").with(WebFixtures.admin()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("ingestJob", "FAILED", "COMPLETED", "name=agents.csv", "/admin/jobs/" + failed + "/restart")
			.doesNotContain("\tat ", "Exception:");
		mvc.perform(get("/api/admin/jobs").with(WebFixtures.admin()))
			.andExpect(jsonPath("$.rows[0].executionId").value(failed))
			.andExpect(jsonPath("$.rows[0].status").value("FAILED"))
			.andExpect(jsonPath("$.rows[0].restartable").value(true))
			.andExpect(jsonPath("$.rows[0].exitMessage").isNotEmpty())
			.andExpect(jsonPath("$.rows[1].readCount").value(6))
			.andExpect(jsonPath("$.rows[1].writeCount").value(6));
	}

	@Test
	void aFailedExecutionIsReRunAndACompletedOneIsNot() throws Exception {
		long failed = failedExecution();
		long completed = jdbc.queryForObject(
				"select min(job_execution_id) from BATCH_JOB_EXECUTION where status = 'COMPLETED'", Long.class);

		mvc.perform(post("/api/admin/jobs/{id}/restart", failed).with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.executionId").value(org.hamcrest.Matchers.greaterThan((int) failed)))
			.andExpect(jsonPath("$.jobName").value("ingestJob"))
			.andExpect(jsonPath("$.status").value("FAILED"));
		mvc.perform(post("/api/admin/jobs/{id}/restart", completed).with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(containsString("only the latest FAILED or STOPPED execution")));
		mvc.perform(post("/admin/jobs/{id}/restart", failed).with(WebFixtures.admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin"))
			.andExpect(flash().attribute("error", containsString("only the latest FAILED")));
	}

	@Test
	void aCreatedUserLogsInWithTheirRolesAndADisabledOneCannot() throws Exception {
		mvc.perform(post("/admin/users").param("username", "Test.Wang").param("displayName", "王芳")
			.param("password", "first-password").param("roles", "QA", "PAYROLL")
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", containsString("test.wang")));

		mvc.perform(formLogin("/login").user("test.wang").password("first-password"))
			.andExpect(authenticated().withUsername("test.wang").withRoles("QA", "PAYROLL"));
		assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'test.wang'", String.class))
			.startsWith("$2").doesNotContain("first-password");

		mvc.perform(post("/admin/users/test.wang/disable").with(WebFixtures.admin()).with(csrf()))
			.andExpect(flash().attribute("message", containsString("disabled")));
		mvc.perform(formLogin("/login").user("test.wang").password("first-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/login?error"));
	}

	@Test
	void aResetPasswordReplacesTheOldOne() throws Exception {
		create("test.li", "old-password");

		mvc.perform(post("/api/admin/users/test.li/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"new-password\"}").with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isOk());

		mvc.perform(formLogin("/login").user("test.li").password("old-password")).andExpect(unauthenticated());
		mvc.perform(formLogin("/login").user("test.li").password("new-password")).andExpect(authenticated());
	}

	@Test
	void badUserRequestsGetAMessageNotAStackTrace() throws Exception {
		create("test.zhang", "a-good-password");

		mvc.perform(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"test.zhang\",\"password\":\"a-good-password\",\"roles\":[\"QA\"]}")
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(containsString("already exists")));
		mvc.perform(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"test.short\",\"password\":\"short\",\"roles\":[\"QA\"]}")
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("at least 12 characters")));
		mvc.perform(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"test.role\",\"password\":\"a-good-password\",\"roles\":[\"BOSS\"]}")
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/admin/users/test.zhang/disable").with(user("test.zhang").roles("ADMIN")).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(containsString("cannot disable your own account")));
		mvc.perform(post("/admin/users/nobody/enable").with(WebFixtures.admin()).with(csrf()))
			.andExpect(flash().attribute("error", containsString("no user 'nobody'")));
	}

	@Test
	void anAdministratorWithEightDigitsOrTheirOwnNameAsPasswordIsRefused() throws Exception {
		for (String password : new String[] { "12345678", "test.boss", "Test.Boss-2026", "password1234" }) {
			mvc.perform(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"test.boss\",\"password\":\"" + password + "\",\"roles\":[\"ADMIN\"]}")
				.with(WebFixtures.admin()).with(csrf()))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("密码 password")));
		}
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'test.boss'", Integer.class)).isZero();
	}

	@Test
	void aResetToAWeakPasswordIsRefusedAndTheOldOneStillWorks() throws Exception {
		create("test.sun", "a-good-password");

		mvc.perform(post("/api/admin/users/test.sun/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"qwertyuiop12\"}").with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("common")));
		mvc.perform(post("/admin/users/test.sun/password").param("password", "test.sun.password")
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(flash().attribute("error", containsString("user name")));
		mvc.perform(formLogin("/login").user("test.sun").password("a-good-password")).andExpect(authenticated());
	}

	@Test
	void resettingThePasswordOfNobodyIsNotFound() throws Exception {
		mvc.perform(post("/api/admin/users/nobody/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"password\":\"violet-harbour-lantern\"}").with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value(containsString("no user 'nobody'")));
	}

	@Test
	void theUsersPageListsUsersWithoutTheirHashes() throws Exception {
		create("test.zhao", "a-good-password");

		mvc.perform(get("/admin/users").with(WebFixtures.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("test.zhao")))
			.andExpect(content().string(not(containsString("$2a$"))));
		mvc.perform(get("/api/admin/users").with(WebFixtures.admin()))
			.andExpect(jsonPath("$[?(@.username == 'test.zhao')].roles[0]").value("QA"))
			.andExpect(content().string(not(containsString("password"))));
	}

	private void create(String username, String password) throws Exception {
		mvc.perform(post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
			.content("{\"username\":\"" + username + "\",\"password\":\"" + password + "\",\"roles\":[\"QA\"]}")
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isCreated());
	}

	private long failedExecution() {
		return jdbc.queryForObject("select max(job_execution_id) from BATCH_JOB_EXECUTION where status = 'FAILED'",
				Long.class);
	}

}
