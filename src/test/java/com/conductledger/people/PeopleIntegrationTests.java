package com.conductledger.people;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.security.UserAccounts;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Agents and team leads on the sample month (2026-11 scored): the scope of each, what they may and
 * may not open (404 outside the scope), their home pages, the acknowledgement of evaluations, and
 * the accounts made in bulk with one-time passwords changed at the first login.
 */
@WebIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PeopleIntegrationTests {

	private static final String PERIOD = "2026-11";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FolderIngest ingest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	UserAccounts accounts;

	@Autowired
	ScopeService scopes;

	@Autowired
	BulkAccounts bulk;

	@BeforeAll
	void sampleMonthScored() throws Exception {
		LedgerTables.empty(jdbc);
		ingest.ingest(SampleData.november());
		scorer.score(Period.of(PERIOD, schedule.cutoffDay()));
		Path out = Files.createDirectories(Path.of(WebIntegrationTest.OUTPUT_DIR, PERIOD));
		for (String file : List.of("scorecards-2026-11-T01.pdf", "scorecards-2026-11-T02.pdf", "ledger-2026-11.csv")) {
			Files.writeString(out.resolve(file), "pack of " + file);
		}
	}

	@BeforeEach
	void accountsOfEachRole() {
		jdbc.update("delete from evaluation_acknowledgement");
		WebFixtures.unlinkOthers(jdbc);
		WebFixtures.linkPeople(accounts);
	}

	@Test
	void theScopeOfEachRoleIsReadFromTheAccountAndAgentsCsv() {
		assertThat(scopes.personIds(auth(WebFixtures.AGENT, "AGENT"))).containsExactly("A0001");
		assertThat(scopes.personIds(auth(WebFixtures.TEAM_LEAD, "TEAM_LEAD"))).hasSize(13)
			.contains("L01", "A0001", "A0012")
			.doesNotContain("A0013", "L02");
		assertThat(scopes.scopeOf(auth("manager.user", "MANAGER")).isEveryone()).isTrue();
		assertThat(scopes.personIds(auth("qa.user", "QA"))).hasSize(41);
		assertThat(scopes.includes(auth(WebFixtures.TEAM_LEAD, "TEAM_LEAD"), "A0013")).isFalse();
		// an AGENT nobody linked, or a user unknown to the database, sees nobody
		assertThat(scopes.personIds(auth("nobody.at.all", "AGENT"))).isEmpty();
	}

	@Test
	void anAgentSeesTheirOwnPageAndPdfAndNothingOfAnyoneElse() throws Exception {
		mvc.perform(get("/periods/{p}/people/A0001", PERIOD).with(WebFixtures.agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("王玲")))
			.andExpect(content().string(containsString("← 首页 Home")))
			.andExpect(content().string(not(containsString("← 周期 Period"))));
		mvc.perform(get("/api/periods/{p}/people/A0001", PERIOD).with(WebFixtures.agent()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scorecard.personId").value("A0001"));
		mvc.perform(get("/periods/{p}/people/A0001/pdf", PERIOD).with(WebFixtures.agent()))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_PDF));

		for (String other : List.of("A0002", "A0013", "L01", "NOBODY")) {
			mvc.perform(get("/api/periods/{p}/people/{id}", PERIOD, other).with(WebFixtures.agent()))
				.andExpect(status().isNotFound())
				.andExpect(jsonPath("$.error").value("没有此人 no person '" + other + "' here"));
			mvc.perform(get("/periods/{p}/people/{id}/pdf", PERIOD, other).with(WebFixtures.agent()))
				.andExpect(status().isNotFound());
		}
		for (String area : List.of("/periods", "/api/periods", "/periods/2026-11", "/payroll", "/api/payroll", "/feeds",
				"/qa", "/api/qa/uploads", "/admin", "/api/admin/users", "/whatif")) {
			mvc.perform(get(area).with(WebFixtures.agent())).andExpect(status().isForbidden());
		}
		mvc.perform(get("/periods/{p}/files/scorecards-2026-11-T01.pdf", PERIOD).with(WebFixtures.agent()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTeamLeadSeesTheirTeamAndTheirTeamsPackOnly() throws Exception {
		mvc.perform(get("/api/periods/{p}/people/A0002", PERIOD).with(WebFixtures.teamLead()))
			.andExpect(status().isOk());
		mvc.perform(get("/periods/{p}/people/A0012/pdf", PERIOD).with(WebFixtures.teamLead()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/periods/{p}/people/A0013", PERIOD).with(WebFixtures.teamLead()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/periods/{p}/files/scorecards-2026-11-T01.pdf", PERIOD).with(WebFixtures.teamLead()))
			.andExpect(status().isOk())
			.andExpect(content().string("pack of scorecards-2026-11-T01.pdf"));
		for (String file : List.of("scorecards-2026-11-T02.pdf", "ledger-2026-11.csv", "scorecards-2026-11.xlsx",
				"rejected-rows.csv")) {
			mvc.perform(get("/api/periods/{p}/files/{f}", PERIOD, file).with(WebFixtures.teamLead()))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/api/periods/{p}/files/ledger-2026-11.csv", PERIOD).with(WebFixtures.manager()))
			.andExpect(status().isOk());
		mvc.perform(get("/api/periods").with(WebFixtures.teamLead())).andExpect(status().isForbidden());
	}

	@Test
	void anAgentsHomeShowsTheirScorecardEntriesAndEvaluationsToAcknowledge() throws Exception {
		String own = evaluationOf("A0001");
		mvc.perform(get("/").with(WebFixtures.agent()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("本期成绩（截至目前） This period so far")))
			.andExpect(content().string(containsString("id=\"my-entries\"")))
			.andExpect(content().string(containsString("/evaluations/" + own + "/acknowledgement")))
			.andExpect(content().string(containsString("我已阅读 I have read it")))
			.andExpect(content().string(not(containsString("id=\"team\""))));

		MvcResult home = mvc.perform(get("/api/home").with(WebFixtures.agent()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").value("A0001"))
			.andExpect(jsonPath("$.period.period").value(PERIOD))
			.andExpect(jsonPath("$.mine.scorecard.personId").value("A0001"))
			.andExpect(jsonPath("$.evaluations[*].id", hasItem(own)))
			.andReturn();
		Map<String, Object> points = JsonPath.read(home.getResponse().getContentAsString(), "$.mine.scorecard.pointsByCategory");
		assertThat(points).containsKeys("ATTENDANCE", "LEAVE", "SWAPS", "BREAKS", "CONDUCT");
		Integer entries = JsonPath.read(home.getResponse().getContentAsString(), "$.mine.entries.length()");
		Integer ledger = jdbc.queryForObject("select count(*) from ledger_entry where period = ? and person_id = 'A0001'",
				Integer.class, PERIOD);
		assertThat(entries).isEqualTo(ledger);

		mvc.perform(get("/api/home").with(WebFixtures.manager())).andExpect(status().isNotFound());
	}

	@Test
	void anEvaluationIsAcknowledgedOnceByTheEvaluatedAgentOnly() throws Exception {
		String own = evaluationOf("A0001");
		String other = evaluationOf("A0013");

		mvc.perform(post("/api/evaluations/{id}/acknowledgement", own).with(WebFixtures.teamLead()).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.error").value(containsString("only the evaluated agent (A0001)")));
		mvc.perform(post("/api/evaluations/{id}/acknowledgement", own).with(WebFixtures.manager()).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/evaluations/{id}/acknowledgement", other).with(WebFixtures.agent()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("没有此评估 no evaluation '" + other + "' here"));
		mvc.perform(post("/api/evaluations/{id}/acknowledgement", "NO-SUCH").with(WebFixtures.agent()).with(csrf()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value("没有此评估 no evaluation 'NO-SUCH' here"));
		mvc.perform(post("/api/evaluations/{id}/acknowledgement", own).with(WebFixtures.agent()))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from evaluation_acknowledgement", Integer.class)).isZero();

		mvc.perform(post("/api/evaluations/{id}/acknowledgement", own).with(WebFixtures.agent()).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.evaluationId").value(own))
			.andExpect(jsonPath("$.personId").value("A0001"))
			.andExpect(jsonPath("$.acknowledgedBy").value(WebFixtures.AGENT))
			.andExpect(jsonPath("$.acknowledgedAt").isNotEmpty());
		mvc.perform(post("/api/evaluations/{id}/acknowledgement", own).with(WebFixtures.agent()).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(containsString("was already acknowledged at")));
		mvc.perform(post("/evaluations/{id}/acknowledgement", own).with(WebFixtures.agent()).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("error", containsString("already acknowledged")));
		assertThat(jdbc.queryForObject("select count(*) from evaluation_acknowledgement where evaluation_id = ?",
				Integer.class, own)).isOne();
		mvc.perform(get("/api/evaluations/{id}", own).with(WebFixtures.teamLead()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.acknowledgedBy").value(WebFixtures.AGENT));
	}

	@Test
	void theTeamLeadSeesWhatTheTeamHasNotAcknowledgedAndForHowLong() throws Exception {
		String own = evaluationOf("A0001");
		List<String> team = jdbc.queryForList("select e.evaluation_id from qa_evaluation e join person p "
				+ "on p.agent_id = e.agent_id where p.team_lead_id = 'L01' order by e.evaluation_id", String.class);
		assertThat(team).contains(own);

		mvc.perform(get("/api/home").with(WebFixtures.teamLead()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.teamLead").value(true))
			.andExpect(jsonPath("$.team.length()").value(12))
			.andExpect(jsonPath("$.unacknowledged.length()").value(team.size()))
			.andExpect(jsonPath("$.unacknowledged[*].evaluation.id", hasItem(own)))
			.andExpect(jsonPath("$.unacknowledged[0].waited").value(containsString("小时")))
			.andExpect(jsonPath("$.teamPacks[*].name", hasItem("scorecards-2026-11-T01.pdf")));
		mvc.perform(get("/").with(WebFixtures.teamLead()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("未确认的评估 Evaluations not yet acknowledged")))
			.andExpect(content().string(containsString(own)))
			.andExpect(content().string(containsString("scorecards-2026-11-T01.pdf")))
			.andExpect(content().string(not(containsString("scorecards-2026-11-T02.pdf"))));

		mvc.perform(post("/evaluations/{id}/acknowledgement", own).with(WebFixtures.agent()).with(csrf()))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("message", containsString(own)));
		mvc.perform(get("/api/home").with(WebFixtures.teamLead()))
			.andExpect(jsonPath("$.unacknowledged.length()").value(team.size() - 1))
			.andExpect(jsonPath("$.unacknowledged[*].evaluation.id", not(hasItem(own))));
		mvc.perform(get("/api/evaluations").param("unacknowledged", "true").with(WebFixtures.agent()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", not(hasItem(own))));
		mvc.perform(get("/api/evaluations").with(WebFixtures.manager()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("give personId")));
	}

	@Test
	void anAcknowledgementStaysWithTheEvaluationWhenItsWorkbookIsIngestedAgain() throws Exception {
		String own = evaluationOf("A0001");
		mvc.perform(post("/api/evaluations/{id}/acknowledgement", own).with(WebFixtures.agent()).with(csrf()))
			.andExpect(status().isCreated());
		// what a new version of the workbook does to the row: replaced under the same evaluation id
		Map<String, Object> row = jdbc.queryForMap("select * from qa_evaluation where evaluation_id = ?", own);
		jdbc.update("delete from qa_evaluation where evaluation_id = ?", own);
		jdbc.update("insert into qa_evaluation (evaluation_id, call_date, agent_id, call_id, evaluator_id, floor_observation, "
				+ "comment_text, source_file_id, source_sheet, source_row) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", own,
				row.get("call_date"), row.get("agent_id"), row.get("call_id"), row.get("evaluator_id"),
				row.get("floor_observation"), "rewritten", row.get("source_file_id"), row.get("source_sheet"),
				row.get("source_row"));

		mvc.perform(get("/api/evaluations/{id}", own).with(WebFixtures.agent()))
			.andExpect(jsonPath("$.comment").value("rewritten"))
			.andExpect(jsonPath("$.acknowledgedBy").value(WebFixtures.AGENT));
	}

	@Test
	void accountsAreMadeInBulkWithOneTimePasswordsThatMustBeChangedFirst() throws Exception {
		jdbc.update("delete from app_user where person_id is not null");
		try {
			MvcResult made = mvc.perform(post("/api/admin/users/bulk").with(WebFixtures.admin()).with(csrf()))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.created.length()").value(41))
				.andExpect(jsonPath("$.skipped.length()").value(0))
				.andReturn();
			String json = made.getResponse().getContentAsString();
			assertThat(JsonPath.<List<String>>read(json, "$.created[?(@.personId == 'L02')].role")).containsExactly("TEAM_LEAD");
			assertThat(JsonPath.<List<String>>read(json, "$.created[?(@.personId == 'A0013')].role")).containsExactly("AGENT");
			assertThat(JsonPath.<List<String>>read(json, "$.created[?(@.personId == 'M01')].role")).containsExactly("MANAGER");
			assertThat(JsonPath.<List<String>>read(json, "$.created[?(@.personId == 'S01')].role")).containsExactly("MANAGER");
			String password = JsonPath.<List<String>>read(json, "$.created[?(@.personId == 'A0013')].oneTimePassword").get(0);
			assertThat(password).matches("[a-zA-Z2-9]{4}(-[a-zA-Z2-9]{4}){3}");
			assertThat(jdbc.queryForObject("select password_hash from app_user where username = 'a0013'", String.class))
				.startsWith("$2").doesNotContain(password);
			assertThat(jdbc.queryForObject("select must_change_password from app_user where username = 'a0013'",
					Boolean.class)).isTrue();

			// a second time: nobody new, each person skipped with the reason
			mvc.perform(post("/admin/users/bulk").with(WebFixtures.admin()).with(csrf()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("已跳过 Skipped (41)")))
				.andExpect(content().string(containsString("already has an account")));

			// the first login leads to the password page, and the API says why it refuses
			MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("A0013").password(password))
				.andExpect(authenticated().withUsername("a0013").withRoles("AGENT"))
				.andReturn()
				.getRequest()
				.getSession();
			mvc.perform(get("/").session(session)).andExpect(redirectedUrl("/account/password"));
			mvc.perform(get("/periods/{p}/people/A0013", PERIOD).session(session))
				.andExpect(redirectedUrl("/account/password"));
			mvc.perform(get("/api/home").session(session))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.error").value(containsString("change your one-time password first")));
			mvc.perform(get("/account/password").session(session))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("id=\"must-change\"")));

			// refusals: wrong current password, a weak or the same new one, a confirmation that differs
			changePassword(session, "not-it", "a-fine-new-password").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("current password is not right")));
			changePassword(session, password, "password1234").andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.error").value(containsString("common")));
			changePassword(session, password, password).andExpect(status().isBadRequest());
			mvc.perform(post("/account/password").param("currentPassword", password)
				.param("newPassword", "a-fine-new-password").param("confirmPassword", "another-password").session(session)
				.with(csrf()))
				.andExpect(redirectedUrl("/account/password"))
				.andExpect(flash().attribute("error", containsString("differ")));
			mvc.perform(get("/api/home").session(session)).andExpect(status().isForbidden());

			changePassword(session, password, "a-fine-new-password").andExpect(status().isOk())
				.andExpect(jsonPath("$.mustChangePassword").value(false));
			// the same session goes on, now everywhere in scope
			mvc.perform(get("/api/home").session(session))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.personId").value("A0013"));
			mvc.perform(get("/api/periods/{p}/people/A0001", PERIOD).session(session)).andExpect(status().isNotFound());
			mvc.perform(formLogin("/login").user("a0013").password("a-fine-new-password"))
				.andExpect(authenticated().withUsername("a0013"));
		}
		finally {
			jdbc.update("delete from app_user where person_id is not null");
		}
	}

	@Test
	void theAdminLinksUsersToPeopleAndAgentsAndTeamLeadsMustBeLinked() throws Exception {
		postJson("/api/admin/users", "{\"username\":\"link.one\",\"password\":\"a-good-password\",\"roles\":[\"AGENT\"]}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("must be linked to a person")));
		postJson("/api/admin/users",
				"{\"username\":\"link.one\",\"password\":\"a-good-password\",\"roles\":[\"TEAM_LEAD\"],\"personId\":\"X9\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("no person 'X9'")));
		postJson("/api/admin/users",
				"{\"username\":\"link.one\",\"password\":\"a-good-password\",\"roles\":[\"AGENT\"],\"personId\":\"A0001\"}")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(containsString("already linked to user 'agent.user'")));
		assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'link.one'", Integer.class)).isZero();
		postJson("/api/admin/users",
				"{\"username\":\"link.one\",\"password\":\"a-good-password\",\"roles\":[\"AGENT\"],\"personId\":\"A0005\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.personId").value("A0005"))
			.andExpect(jsonPath("$.mustChangePassword").value(false));

		postJson("/api/admin/users/link.one/roles", "{\"roles\":[\"TEAM_LEAD\"]}").andExpect(status().isBadRequest());
		postJson("/api/admin/users/link.one/roles", "{\"roles\":[\"TEAM_LEAD\"],\"personId\":\"L03\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").value("L03"))
			.andExpect(jsonPath("$.roles[0]").value("TEAM_LEAD"));
		assertThat(scopes.personIds(auth("link.one", "TEAM_LEAD"))).contains("L03").hasSize(13);
		postJson("/api/admin/users/link.one/roles", "{\"roles\":[\"MANAGER\"],\"personId\":\"\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.personId").doesNotExist());
		mvc.perform(post("/admin/users/link.one/roles").param("roles", "AGENT").param("personId", "A0006")
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"))
			.andExpect(flash().attribute("message", containsString("link.one")));
		assertThat(accounts.personOf("link.one")).contains("A0006");

		accounts.create("link.boss", "boss", "a-good-password", java.util.EnumSet.of(com.conductledger.security.LedgerRole.ADMIN));
		mvc.perform(post("/api/admin/users/link.boss/roles").contentType(MediaType.APPLICATION_JSON)
			.content("{\"roles\":[\"MANAGER\"]}")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("link.boss")
				.roles("ADMIN"))
			.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.error").value(containsString("ADMIN role from yourself")));
	}

	private org.springframework.test.web.servlet.ResultActions changePassword(MockHttpSession session, String current,
			String next) throws Exception {
		return mvc.perform(post("/api/account/password").contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}")
			.session(session)
			.with(csrf()));
	}

	private org.springframework.test.web.servlet.ResultActions postJson(String path, String body) throws Exception {
		return mvc.perform(post(path).contentType(MediaType.APPLICATION_JSON).content(body).with(WebFixtures.admin()).with(csrf()));
	}

	private String evaluationOf(String personId) {
		return jdbc.queryForObject("select min(evaluation_id) from qa_evaluation where agent_id = ?", String.class, personId);
	}

	private static UsernamePasswordAuthenticationToken auth(String username, String role) {
		return UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList("ROLE_" + role));
	}

}
