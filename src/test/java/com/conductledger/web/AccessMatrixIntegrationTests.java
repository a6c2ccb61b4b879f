package com.conductledger.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.ingest.InputKind;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.security.LedgerRole;
import com.conductledger.security.UserAccounts;
import com.conductledger.support.EvaluationWorkbook;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.Proposals;
import com.conductledger.support.SampleData;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every endpoint of the application, GET and POST, for every role and for an anonymous caller:
 * its area's roles get through (2xx/3xx), another role gets 403, an anonymous caller is sent to
 * the login page (401 for the API); every answer carries the Content-Security-Policy. The table
 * below is checked against the application's own request mappings, so a new endpoint cannot be
 * forgotten. An endpoint about a person is asked about the agent (A0001), a member of the team
 * lead's team (A0002) and a person of another team (A0013): an agent or team lead gets 404 outside
 * their scope.
 */
@WebIntegrationTest
class AccessMatrixIntegrationTests {

	private static final String PERIOD = "2026-11";

	/** The agent: the AGENT caller is linked to them, and they are in the TEAM_LEAD caller's team. */
	private static final String PERSON = "A0001";

	/** Another agent of the team lead's team (L01). */
	private static final String TEAM_MEMBER = "A0002";

	/** An agent of another team (L02's). */
	private static final String OTHER_PERSON = "A0013";

	/**
	 * Who may open an endpoint: everyone, anyone signed in, a role's area (ADMIN opens every area),
	 * or a thing of a person, which the agent and team lead get only within their scope.
	 */
	enum Area {

		PUBLIC, SIGNED_IN, QA, MANAGER, PAYROLL, ADMIN,
		/** The agent's own page or PDF: them, their team lead, managers. */
		OWN_PERSON,
		/** A page or PDF of another agent of the team lead's team. */
		TEAM_PERSON,
		/** A page or PDF of an agent of another team. */
		OTHER_PERSON,
		/** The team lead's team pack. */
		TEAM_PACK,
		/** Another period file (the ledger, another team's pack): managers only, 404 to the team lead. */
		OTHER_FILE,
		/** An evaluation of the agent: everyone signed in sees it (QA, managers, payroll and admin see everyone). */
		OWN_EVALUATION,
		/** An evaluation of an agent of another team. */
		OTHER_EVALUATION,
		/** The list of evaluations in scope: a centre-wide role must name a person. */
		EVALUATION_LIST,
		/** Acknowledging the agent's evaluation: the agent only; anyone else who sees it 403. */
		ACKNOWLEDGE_OWN,
		/** Acknowledging another team's agent's evaluation. */
		ACKNOWLEDGE_OTHER,
		/** The personal home of the API: agents and team leads. */
		PERSONAL_HOME;

		/** What a signed-in caller gets: 0 for through (2xx/3xx), else the status of the refusal. */
		int expect(Caller caller) {
			return switch (this) {
				case PUBLIC, SIGNED_IN, OWN_EVALUATION -> 0;
				case QA, MANAGER, PAYROLL, ADMIN -> caller == Caller.ADMIN || caller.name().equals(name()) ? 0 : 403;
				case OWN_PERSON -> is(caller, Caller.MANAGER, Caller.ADMIN, Caller.AGENT, Caller.TEAM_LEAD) ? 0 : 403;
				case TEAM_PERSON -> is(caller, Caller.MANAGER, Caller.ADMIN, Caller.TEAM_LEAD) ? 0
						: caller == Caller.AGENT ? 404 : 403;
				case OTHER_PERSON -> is(caller, Caller.MANAGER, Caller.ADMIN) ? 0
						: is(caller, Caller.AGENT, Caller.TEAM_LEAD) ? 404 : 403;
				case TEAM_PACK -> is(caller, Caller.MANAGER, Caller.ADMIN, Caller.TEAM_LEAD) ? 0 : 403;
				case OTHER_FILE -> is(caller, Caller.MANAGER, Caller.ADMIN) ? 0 : caller == Caller.TEAM_LEAD ? 404 : 403;
				case OTHER_EVALUATION -> is(caller, Caller.AGENT, Caller.TEAM_LEAD) ? 404 : 0;
				case EVALUATION_LIST -> is(caller, Caller.AGENT, Caller.TEAM_LEAD) ? 0 : 400;
				case ACKNOWLEDGE_OWN -> caller == Caller.AGENT ? 0 : 403;
				case ACKNOWLEDGE_OTHER -> is(caller, Caller.AGENT, Caller.TEAM_LEAD) ? 404 : 403;
				case PERSONAL_HOME -> is(caller, Caller.AGENT, Caller.TEAM_LEAD) ? 0 : 404;
			};
		}

		private static boolean is(Caller caller, Caller... any) {
			return java.util.Arrays.asList(any).contains(caller);
		}

	}

	enum Caller {

		ANONYMOUS(request -> request), QA(WebFixtures.qa()), MANAGER(WebFixtures.manager()),
		PAYROLL(WebFixtures.payroll()), ADMIN(WebFixtures.admin()), AGENT(WebFixtures.agent()),
		TEAM_LEAD(WebFixtures.teamLead());

		private final RequestPostProcessor user;

		Caller(RequestPostProcessor user) {
			this.user = user;
		}

	}

	/**
	 * An endpoint and who may call it. {@code answer} is what a permitted caller gets when it is not
	 * a success: a refusal of the request itself (e.g. 409 for rescoring a FINAL period), never 401 or 403.
	 */
	record Endpoint(String method, String pattern, Area area, Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request,
			int answer, String variant) {

		Endpoint refusedWith(int status) {
			return new Endpoint(method, pattern, area, request, status, variant);
		}

		/** The same endpoint asked about another thing (another person, another file). */
		Endpoint about(String what, Area whose, Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> asked) {
			return new Endpoint(method, pattern, whose, asked, answer, what);
		}

		String key() {
			return method + " " + pattern;
		}

		String name() {
			return variant.isEmpty() ? key() : key() + " (" + variant + ")";
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}

	}

	/** What the requests need: ids of uploads and of a failed job, files to upload, fresh users. */
	record Fixture(long workbookId, long feedFileId, MockMultipartFile workbook, MockMultipartFile feedFile,
			JdbcTemplate jdbc, UserAccounts accounts, AtomicInteger users, String ownEvaluation,
			String ownSecondEvaluation, String otherEvaluation) {

		long failedExecution() {
			return jdbc.queryForObject("select max(job_execution_id) from BATCH_JOB_EXECUTION where status = 'FAILED'",
					Long.class);
		}

		String freshUser() {
			String name = "matrix.user" + users.incrementAndGet();
			accounts.create(name, name, "matrix-password", EnumSet.of(LedgerRole.QA));
			return name;
		}

		String newUserName() {
			return "created.user" + users.incrementAndGet();
		}

	}

	static final List<Endpoint> ENDPOINTS = List.of(
			getOf("/", Area.SIGNED_IN), getOf("/login", Area.PUBLIC), getOf("/api/me", Area.SIGNED_IN),
			// people: the personal home, the caller's own password, evaluations and their acknowledgement
			getOf("/api/home", Area.PERSONAL_HOME), getOf("/account/password", Area.SIGNED_IN),
			endpoint("POST", "/account/password", Area.SIGNED_IN, f -> post("/account/password")
				.param("currentPassword", "not-the-password").param("newPassword", "matrix-new-password")
				.param("confirmPassword", "matrix-new-password")),
			endpoint("POST", "/api/account/password", Area.SIGNED_IN, f -> post("/api/account/password")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"currentPassword\":\"not-the-password\",\"newPassword\":\"matrix-new-password\"}"))
				.refusedWith(400),
			getOf("/api/evaluations", Area.EVALUATION_LIST),
			endpoint("GET", "/api/evaluations", Area.OWN_EVALUATION, f -> get("/api/evaluations").param("personId", PERSON))
				.about("of " + PERSON, Area.OWN_EVALUATION, f -> get("/api/evaluations").param("personId", PERSON)),
			endpoint("GET", "/api/evaluations", Area.OTHER_EVALUATION,
					f -> get("/api/evaluations").param("personId", OTHER_PERSON))
				.about("of " + OTHER_PERSON, Area.OTHER_EVALUATION,
						f -> get("/api/evaluations").param("personId", OTHER_PERSON)),
			endpoint("GET", "/api/evaluations/{id}", Area.OWN_EVALUATION, f -> get("/api/evaluations/{id}", f.ownEvaluation()))
				.about("of " + PERSON, Area.OWN_EVALUATION, f -> get("/api/evaluations/{id}", f.ownEvaluation())),
			endpoint("GET", "/api/evaluations/{id}", Area.OTHER_EVALUATION,
					f -> get("/api/evaluations/{id}", f.otherEvaluation()))
				.about("of " + OTHER_PERSON, Area.OTHER_EVALUATION, f -> get("/api/evaluations/{id}", f.otherEvaluation())),
			endpoint("POST", "/api/evaluations/{id}/acknowledgement", Area.ACKNOWLEDGE_OWN,
					f -> post("/api/evaluations/{id}/acknowledgement", f.ownEvaluation()))
				.about("of " + PERSON, Area.ACKNOWLEDGE_OWN,
						f -> post("/api/evaluations/{id}/acknowledgement", f.ownEvaluation())),
			endpoint("POST", "/api/evaluations/{id}/acknowledgement", Area.ACKNOWLEDGE_OTHER,
					f -> post("/api/evaluations/{id}/acknowledgement", f.otherEvaluation()))
				.about("of " + OTHER_PERSON, Area.ACKNOWLEDGE_OTHER,
						f -> post("/api/evaluations/{id}/acknowledgement", f.otherEvaluation())),
			endpoint("POST", "/evaluations/{id}/acknowledgement", Area.ACKNOWLEDGE_OWN,
					f -> post("/evaluations/{id}/acknowledgement", f.ownSecondEvaluation()))
				.about("of " + PERSON, Area.ACKNOWLEDGE_OWN,
						f -> post("/evaluations/{id}/acknowledgement", f.ownSecondEvaluation())),
			endpoint("POST", "/evaluations/{id}/acknowledgement", Area.ACKNOWLEDGE_OTHER,
					f -> post("/evaluations/{id}/acknowledgement", f.otherEvaluation()))
				.about("of " + OTHER_PERSON, Area.ACKNOWLEDGE_OTHER,
						f -> post("/evaluations/{id}/acknowledgement", f.otherEvaluation())),
			// QA
			getOf("/qa", Area.QA), getOf("/qa/template", Area.QA), getOf("/api/qa/template", Area.QA),
			endpoint("GET", "/qa/uploads/{id}", Area.QA, f -> get("/qa/uploads/{id}", f.workbookId())),
			endpoint("POST", "/qa/uploads", Area.QA, f -> multipart("/qa/uploads").file(f.workbook())),
			getOf("/api/qa/uploads", Area.QA),
			endpoint("GET", "/api/qa/uploads/{id}", Area.QA, f -> get("/api/qa/uploads/{id}", f.workbookId())),
			endpoint("POST", "/api/qa/uploads", Area.QA, f -> multipart("/api/qa/uploads").file(f.workbook())),
			// data feeds
			getOf("/feeds", Area.MANAGER), getOf("/api/feeds", Area.MANAGER), getOf("/api/feeds/uploads", Area.MANAGER),
			endpoint("GET", "/feeds/uploads/{id}", Area.MANAGER, f -> get("/feeds/uploads/{id}", f.feedFileId())),
			endpoint("POST", "/feeds/uploads", Area.MANAGER, f -> multipart("/feeds/uploads").file(f.feedFile())),
			endpoint("GET", "/api/feeds/uploads/{id}", Area.MANAGER, f -> get("/api/feeds/uploads/{id}", f.feedFileId())),
			endpoint("POST", "/api/feeds/uploads", Area.MANAGER, f -> multipart("/api/feeds/uploads").file(f.feedFile())),
			// periods
			getOf("/periods", Area.MANAGER), getOf("/api/periods", Area.MANAGER),
			endpoint("GET", "/periods/{period}", Area.MANAGER, f -> get("/periods/{p}", PERIOD)),
			endpoint("GET", "/api/periods/{period}", Area.MANAGER, f -> get("/api/periods/{p}", PERIOD)),
			personEndpoint("/periods/{period}/people/{personId}", "/periods/{p}/people/{id}", PERSON, Area.OWN_PERSON),
			personEndpoint("/periods/{period}/people/{personId}", "/periods/{p}/people/{id}", TEAM_MEMBER, Area.TEAM_PERSON),
			personEndpoint("/periods/{period}/people/{personId}", "/periods/{p}/people/{id}", OTHER_PERSON, Area.OTHER_PERSON),
			personEndpoint("/api/periods/{period}/people/{personId}", "/api/periods/{p}/people/{id}", PERSON, Area.OWN_PERSON),
			personEndpoint("/api/periods/{period}/people/{personId}", "/api/periods/{p}/people/{id}", TEAM_MEMBER, Area.TEAM_PERSON),
			personEndpoint("/api/periods/{period}/people/{personId}", "/api/periods/{p}/people/{id}", OTHER_PERSON, Area.OTHER_PERSON),
			fileEndpoint("/periods/{period}/files/{fileName}", "/periods/{p}/files/{f}", "ledger-2026-11.csv", Area.OTHER_FILE),
			fileEndpoint("/periods/{period}/files/{fileName}", "/periods/{p}/files/{f}", "scorecards-2026-11-T01.pdf",
					Area.TEAM_PACK),
			fileEndpoint("/periods/{period}/files/{fileName}", "/periods/{p}/files/{f}", "scorecards-2026-11-T02.pdf",
					Area.OTHER_FILE),
			fileEndpoint("/api/periods/{period}/files/{fileName}", "/api/periods/{p}/files/{f}", "ledger-2026-11.csv",
					Area.OTHER_FILE),
			fileEndpoint("/api/periods/{period}/files/{fileName}", "/api/periods/{p}/files/{f}",
					"scorecards-2026-11-T01.pdf", Area.TEAM_PACK),
			fileEndpoint("/api/periods/{period}/files/{fileName}", "/api/periods/{p}/files/{f}",
					"scorecards-2026-11-T02.pdf", Area.OTHER_FILE),
			personEndpoint("/periods/{period}/people/{personId}/pdf", "/periods/{p}/people/{id}/pdf", PERSON, Area.OWN_PERSON),
			personEndpoint("/periods/{period}/people/{personId}/pdf", "/periods/{p}/people/{id}/pdf", TEAM_MEMBER, Area.TEAM_PERSON),
			personEndpoint("/periods/{period}/people/{personId}/pdf", "/periods/{p}/people/{id}/pdf", OTHER_PERSON, Area.OTHER_PERSON),
			personEndpoint("/api/periods/{period}/people/{personId}/pdf", "/api/periods/{p}/people/{id}/pdf", PERSON, Area.OWN_PERSON),
			personEndpoint("/api/periods/{period}/people/{personId}/pdf", "/api/periods/{p}/people/{id}/pdf", TEAM_MEMBER, Area.TEAM_PERSON),
			personEndpoint("/api/periods/{period}/people/{personId}/pdf", "/api/periods/{p}/people/{id}/pdf", OTHER_PERSON, Area.OTHER_PERSON),
			endpoint("GET", "/periods/{period}/payroll-preview", Area.MANAGER, f -> get("/periods/{p}/payroll-preview", PERIOD)),
			// the fixture's period is FINAL: rescoring and closing it are refused, after the access check
			endpoint("POST", "/periods/{period}/rescore", Area.MANAGER, f -> post("/periods/{p}/rescore", PERIOD)),
			endpoint("POST", "/api/periods/{period}/rescore", Area.MANAGER, f -> post("/api/periods/{p}/rescore", PERIOD))
				.refusedWith(409),
			endpoint("GET", "/periods/{period}/close", Area.MANAGER, f -> get("/periods/{p}/close", PERIOD)),
			endpoint("GET", "/api/periods/{period}/close", Area.MANAGER, f -> get("/api/periods/{p}/close", PERIOD)),
			endpoint("POST", "/periods/{period}/close", Area.MANAGER,
					f -> post("/periods/{p}/close", PERIOD).param("payroll", "0".repeat(64)).param("confirm", "yes")),
			endpoint("POST", "/api/periods/{period}/close", Area.MANAGER,
					f -> post("/api/periods/{p}/close", PERIOD).param("payroll", "0".repeat(64)).param("confirm", "true"))
				.refusedWith(409),
			endpoint("GET", "/api/periods/{period}/task", Area.MANAGER, f -> get("/api/periods/{p}/task", PERIOD)),
			// what-if: a proposal scored in memory, nothing stored
			getOf("/whatif", Area.MANAGER),
			endpoint("POST", "/whatif", Area.MANAGER, f -> multipart("/whatif").file(proposal()).param("period", PERIOD)),
			endpoint("POST", "/api/whatif", Area.MANAGER,
					f -> multipart("/api/whatif").file(proposal()).param("period", PERIOD)),
			// payroll
			getOf("/payroll", Area.PAYROLL), getOf("/api/payroll", Area.PAYROLL),
			endpoint("GET", "/payroll/{period}/files/{fileName}", Area.PAYROLL,
					f -> get("/payroll/{p}/files/{f}", PERIOD, "payroll-2026-11.csv")),
			endpoint("GET", "/api/payroll/{period}/files/{fileName}", Area.PAYROLL,
					f -> get("/api/payroll/{p}/files/{f}", PERIOD, "payroll-2026-11.manifest.json")),
			endpoint("GET", "/payroll/{period}/preview", Area.PAYROLL, f -> get("/payroll/{p}/preview", PERIOD)),
			endpoint("GET", "/api/payroll/{period}/preview", Area.PAYROLL, f -> get("/api/payroll/{p}/preview", PERIOD)),
			// disputes and notices: every signed-in user, each in their own scope (D-999 does not exist)
			getOf("/api/disputes", Area.SIGNED_IN), getOf("/api/notices", Area.SIGNED_IN),
			endpoint("POST", "/api/disputes", Area.SIGNED_IN,
					f -> post("/api/disputes").contentType(MediaType.APPLICATION_JSON).content("{}")).refusedWith(400),
			endpoint("GET", "/api/disputes/{id}", Area.SIGNED_IN, f -> get("/api/disputes/{id}", "D-999")).refusedWith(404),
			endpoint("GET", "/api/disputes/{id}/evidence", Area.SIGNED_IN, f -> get("/api/disputes/{id}/evidence", "D-999"))
				.refusedWith(404),
			endpoint("POST", "/api/disputes/{id}/comments", Area.SIGNED_IN, f -> post("/api/disputes/{id}/comments", "D-999")
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"why\"}")).refusedWith(404),
			endpoint("POST", "/api/disputes/{id}/resolution", Area.SIGNED_IN, f -> post("/api/disputes/{id}/resolution", "D-999")
				.contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"UPHELD\",\"note\":\"n\"}")).refusedWith(404),
			endpoint("POST", "/api/disputes/{id}/withdrawal", Area.SIGNED_IN, f -> post("/api/disputes/{id}/withdrawal", "D-999"))
				.refusedWith(404),
			endpoint("POST", "/api/notices/{id}/read", Area.SIGNED_IN, f -> post("/api/notices/{id}/read", 999)).refusedWith(404),
			getOf("/disputes", Area.SIGNED_IN),
			endpoint("GET", "/disputes/new", Area.SIGNED_IN,
					f -> get("/disputes/new").param("period", PERIOD).param("entryId", "no-such-entry")).refusedWith(404),
			endpoint("POST", "/notices/{id}/read", Area.SIGNED_IN, f -> post("/notices/{id}/read", 999)).refusedWith(404),
			endpoint("GET", "/disputes/{id}", Area.SIGNED_IN, f -> get("/disputes/{id}", "D-999")).refusedWith(404),
			endpoint("POST", "/disputes", Area.SIGNED_IN, f -> post("/disputes").param("reason", "why")).refusedWith(400),
			endpoint("POST", "/disputes/{id}/comments", Area.SIGNED_IN, f -> post("/disputes/{id}/comments", "D-999")
				.param("text", "why")).refusedWith(404),
			endpoint("POST", "/disputes/{id}/resolution", Area.SIGNED_IN, f -> post("/disputes/{id}/resolution", "D-999")
				.param("outcome", "UPHELD").param("note", "n")).refusedWith(404),
			endpoint("POST", "/disputes/{id}/withdrawal", Area.SIGNED_IN, f -> post("/disputes/{id}/withdrawal", "D-999"))
				.refusedWith(404),
			// administration
			getOf("/admin", Area.ADMIN), getOf("/admin/users", Area.ADMIN), getOf("/api/admin/jobs", Area.ADMIN),
			getOf("/api/admin/users", Area.ADMIN),
			getOf("/admin/schedules", Area.ADMIN), getOf("/api/admin/schedules", Area.ADMIN),
			// the fixture's 2026-11 is FINAL: a version takes effect after it
			endpoint("POST", "/admin/schedules", Area.ADMIN,
					f -> multipart("/admin/schedules").file(proposal()).param("effectiveFrom", "2026-12")),
			endpoint("POST", "/api/admin/schedules", Area.ADMIN,
					f -> multipart("/api/admin/schedules").file(proposal()).param("effectiveFrom", "2026-12")),
			endpoint("POST", "/admin/jobs/{executionId}/restart", Area.ADMIN,
					f -> post("/admin/jobs/{id}/restart", f.failedExecution())),
			endpoint("POST", "/api/admin/jobs/{executionId}/restart", Area.ADMIN,
					f -> post("/api/admin/jobs/{id}/restart", f.failedExecution())),
			endpoint("POST", "/admin/users", Area.ADMIN, f -> post("/admin/users").param("username", f.newUserName())
				.param("password", "matrix-password").param("roles", "QA")),
			endpoint("POST", "/api/admin/users", Area.ADMIN, f -> post("/api/admin/users").contentType(MediaType.APPLICATION_JSON)
				.content("{\"username\":\"" + f.newUserName() + "\",\"password\":\"matrix-password\",\"roles\":[\"QA\"]}")),
			endpoint("POST", "/admin/users/{username}/password", Area.ADMIN,
					f -> post("/admin/users/{u}/password", f.freshUser()).param("password", "another-password")),
			endpoint("POST", "/api/admin/users/{username}/password", Area.ADMIN,
					f -> post("/api/admin/users/{u}/password", f.freshUser()).contentType(MediaType.APPLICATION_JSON)
						.content("{\"password\":\"another-password\"}")),
			endpoint("POST", "/admin/users/{username}/disable", Area.ADMIN, f -> post("/admin/users/{u}/disable", f.freshUser())),
			endpoint("POST", "/api/admin/users/{username}/disable", Area.ADMIN,
					f -> post("/api/admin/users/{u}/disable", f.freshUser())),
			endpoint("POST", "/admin/users/{username}/enable", Area.ADMIN, f -> post("/admin/users/{u}/enable", f.freshUser())),
			endpoint("POST", "/api/admin/users/{username}/enable", Area.ADMIN,
					f -> post("/api/admin/users/{u}/enable", f.freshUser())),
			endpoint("POST", "/admin/users/{username}/roles", Area.ADMIN,
					f -> post("/admin/users/{u}/roles", f.freshUser()).param("roles", "AGENT").param("personId", "A0003")),
			endpoint("POST", "/api/admin/users/{username}/roles", Area.ADMIN,
					f -> post("/api/admin/users/{u}/roles", f.freshUser()).contentType(MediaType.APPLICATION_JSON)
						.content("{\"roles\":[\"MANAGER\"]}")),
			endpoint("POST", "/admin/users/bulk", Area.ADMIN, f -> post("/admin/users/bulk")),
			endpoint("POST", "/api/admin/users/bulk", Area.ADMIN, f -> post("/api/admin/users/bulk")));

	static MockMultipartFile proposal() {
		return new MockMultipartFile("file", "proposal.yml", "application/yaml", Proposals.swapExcessAtTen("matrix", null));
	}

	/** Mapped by the application but not an area's: Boot's error page, and the 403 page itself. */
	static final Set<String> NOT_IN_MATRIX = Set.of("/error", "/denied");

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
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@TempDir
	Path temp;

	@TestFactory
	Stream<DynamicTest> everyEndpointForEveryRole() throws IOException {
		Fixture fixture = fixture();
		List<DynamicTest> tests = new ArrayList<>();
		for (Endpoint endpoint : ENDPOINTS) {
			for (Caller caller : Caller.values()) {
				tests.add(DynamicTest.dynamicTest(caller + " " + endpoint.name(), () -> check(endpoint, caller, fixture)));
			}
		}
		return tests.stream();
	}

	@Test
	void everyEndpointOfTheApplicationIsInTheMatrix() {
		Set<String> mapped = mappings.getHandlerMethods().keySet().stream()
			.flatMap(info -> info.getPatternValues().stream()
				.filter(pattern -> !NOT_IN_MATRIX.contains(pattern))
				.flatMap(pattern -> info.getMethodsCondition().getMethods().stream().map(method -> method + " " + pattern)))
			.collect(Collectors.toSet());

		assertThat(ENDPOINTS.stream().map(Endpoint::key).toList()).containsAll(mapped);
		assertThat(ENDPOINTS.stream().map(Endpoint::name).toList()).doesNotHaveDuplicates();
	}

	private void check(Endpoint endpoint, Caller caller, Fixture fixture) throws Exception {
		MockHttpServletResponse response = mvc.perform(endpoint.request().apply(fixture).with(caller.user).with(csrf()))
			.andReturn()
			.getResponse();
		int status = response.getStatus();
		String location = String.valueOf(response.getRedirectedUrl());
		assertThat(response.getHeader("Content-Security-Policy")).as("the Content-Security-Policy")
			.contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
		if (caller == Caller.ANONYMOUS && endpoint.area() != Area.PUBLIC) {
			if (endpoint.api()) {
				assertThat(status).isEqualTo(401);
				assertThat(response.getContentAsString()).contains("\"error\"");
			}
			else {
				assertThat(status).isEqualTo(302);
				assertThat(location).endsWith("/login");
			}
			return;
		}
		int expected = endpoint.area().expect(caller);
		if (expected == 0 && endpoint.answer() != 0) {
			assertThat(status).as("status (%s)", response.getContentAsString()).isEqualTo(endpoint.answer());
		}
		else if (expected == 0) {
			assertThat(status).as("status (%s)", response.getContentAsString()).isBetween(200, 399);
			assertThat(location).doesNotEndWith("/login");
		}
		else {
			assertThat(status).as("status (%s)", response.getContentAsString()).isEqualTo(expected);
			if (expected == 404) {
				assertThat(response.getContentAsString()).as("a 404 names nothing of the person")
					.doesNotContain("王", "朱倩", "周佳琪");
			}
		}
	}

	/** The sample month ingested and scored, 2026-11 closed with its files written, one failed ingest. */
	private Fixture fixture() throws IOException {
		LedgerTables.empty(jdbc);
		ingest.ingest(SampleData.november());
		scorer.score(Period.of(PERIOD, schedule.cutoffDay()));
		jdbc.update("update scoring_period set status = 'FINAL', closed_at = current_timestamp where period = ?", PERIOD);
		Path out = Path.of(WebIntegrationTest.OUTPUT_DIR, PERIOD);
		Files.createDirectories(out);
		for (String file : List.of("ledger-2026-11.csv", "payroll-2026-11.csv", "payroll-2026-11.manifest.json",
				"scorecards-2026-11-T01.pdf", "scorecards-2026-11-T02.pdf")) {
			Files.writeString(out.resolve(file), "period\n2026-11\n");
		}
		WebFixtures.unlinkOthers(jdbc);
		WebFixtures.linkPeople(accounts);
		String own = jdbc.queryForObject("select min(evaluation_id) from qa_evaluation where agent_id = ?", String.class,
				PERSON);
		String other = jdbc.queryForObject("select min(evaluation_id) from qa_evaluation where agent_id = ?", String.class,
				OTHER_PERSON);
		assertThat(own).as("an evaluation of " + PERSON).isNotNull();
		assertThat(other).as("an evaluation of " + OTHER_PERSON).isNotNull();
		// a second evaluation of the agent, for the page's button (the API's acknowledges the first)
		jdbc.update("insert into qa_evaluation (evaluation_id, call_date, agent_id, call_id, evaluator_id, floor_observation, "
				+ "comment_text, source_file_id, source_sheet, source_row) select 'MATRIX-2', call_date, agent_id, call_id, "
				+ "evaluator_id, floor_observation, comment_text, source_file_id, source_sheet, source_row from qa_evaluation "
				+ "where evaluation_id = ?", own);
		EvaluationWorkbook.withTextDates().writeTo(Path.of(WebIntegrationTest.QA_TEMPLATE));
		ingest.ingestFile(Path.of("src/test/resources/ingest/bad/not-a-workbook.xlsx"), "evaluations/not-a-workbook.xlsx",
				InputKind.EVALUATIONS);
		long workbookId = jdbc.queryForObject("select min(id) from source_file where kind = 'EVALUATIONS'", Long.class);
		long feedFileId = jdbc.queryForObject("select id from source_file where kind = 'ROSTER'", Long.class);
		return new Fixture(workbookId, feedFileId, WebFixtures.workbookWithABadDate(temp, "qa-matrix.xlsx"),
				WebFixtures.csv("holidays.csv", "date,name\n2026-12-25,Christmas\n"), jdbc, accounts, new AtomicInteger(), own,
				"MATRIX-2", other);
	}

	private static Endpoint getOf(String path, Area area) {
		return endpoint("GET", path, area, fixture -> get(path));
	}

	private static Endpoint endpoint(String method, String pattern, Area area,
			Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Endpoint(method, pattern, area, request, 0, "");
	}

	/** A GET about a person of the period: the agent, a member of the lead's team, or another team's. */
	private static Endpoint personEndpoint(String pattern, String url, String personId, Area whose) {
		return new Endpoint("GET", pattern, whose, f -> get(url, PERIOD, personId), 0, personId);
	}

	private static Endpoint fileEndpoint(String pattern, String url, String fileName, Area whose) {
		return new Endpoint("GET", pattern, whose, f -> get(url, PERIOD, fileName), 0, fileName);
	}

}
