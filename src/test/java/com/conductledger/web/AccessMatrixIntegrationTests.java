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
 * forgotten.
 */
@WebIntegrationTest
class AccessMatrixIntegrationTests {

	private static final String PERIOD = "2026-11";

	private static final String PERSON = "A0001";

	/** Who may open an endpoint: everyone, anyone signed in, or a role's area (ADMIN opens every area). */
	enum Area {

		PUBLIC, SIGNED_IN, QA, MANAGER, PAYROLL, ADMIN;

		boolean opensTo(Caller caller) {
			return switch (this) {
				case PUBLIC -> true;
				case SIGNED_IN -> caller != Caller.ANONYMOUS;
				default -> caller == Caller.ADMIN || caller.name().equals(name());
			};
		}

	}

	enum Caller {

		ANONYMOUS(request -> request), QA(WebFixtures.qa()), MANAGER(WebFixtures.manager()),
		PAYROLL(WebFixtures.payroll()), ADMIN(WebFixtures.admin());

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
			int answer) {

		Endpoint refusedWith(int status) {
			return new Endpoint(method, pattern, area, request, status);
		}

		String key() {
			return method + " " + pattern;
		}

		boolean api() {
			return pattern.startsWith("/api/");
		}

	}

	/** What the requests need: ids of uploads and of a failed job, files to upload, fresh users. */
	record Fixture(long workbookId, long feedFileId, MockMultipartFile workbook, MockMultipartFile feedFile,
			JdbcTemplate jdbc, UserAccounts accounts, AtomicInteger users) {

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
			endpoint("GET", "/periods/{period}/people/{personId}", Area.MANAGER,
					f -> get("/periods/{p}/people/{id}", PERIOD, PERSON)),
			endpoint("GET", "/api/periods/{period}/people/{personId}", Area.MANAGER,
					f -> get("/api/periods/{p}/people/{id}", PERIOD, PERSON)),
			endpoint("GET", "/periods/{period}/files/{fileName}", Area.MANAGER,
					f -> get("/periods/{p}/files/{f}", PERIOD, "ledger-2026-11.csv")),
			endpoint("GET", "/api/periods/{period}/files/{fileName}", Area.MANAGER,
					f -> get("/api/periods/{p}/files/{f}", PERIOD, "ledger-2026-11.csv")),
			endpoint("GET", "/periods/{period}/people/{personId}/pdf", Area.MANAGER,
					f -> get("/periods/{p}/people/{id}/pdf", PERIOD, PERSON)),
			endpoint("GET", "/api/periods/{period}/people/{personId}/pdf", Area.MANAGER,
					f -> get("/api/periods/{p}/people/{id}/pdf", PERIOD, PERSON)),
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
					f -> post("/api/admin/users/{u}/enable", f.freshUser())));

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
				tests.add(DynamicTest.dynamicTest(caller + " " + endpoint.key(), () -> check(endpoint, caller, fixture)));
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

		assertThat(ENDPOINTS.stream().map(Endpoint::key).toList()).containsAll(mapped).doesNotHaveDuplicates();
	}

	private void check(Endpoint endpoint, Caller caller, Fixture fixture) throws Exception {
		MockHttpServletResponse response = mvc.perform(endpoint.request().apply(fixture).with(caller.user).with(csrf()))
			.andReturn()
			.getResponse();
		int status = response.getStatus();
		String location = String.valueOf(response.getRedirectedUrl());
		assertThat(response.getHeader("Content-Security-Policy")).as("the Content-Security-Policy")
			.contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
		if (endpoint.area().opensTo(caller) && endpoint.answer() != 0) {
			assertThat(status).as("status (%s)", response.getContentAsString()).isEqualTo(endpoint.answer());
		}
		else if (endpoint.area().opensTo(caller)) {
			assertThat(status).as("status (%s)", response.getContentAsString()).isBetween(200, 399);
			assertThat(location).doesNotEndWith("/login");
		}
		else if (caller == Caller.ANONYMOUS && endpoint.api()) {
			assertThat(status).isEqualTo(401);
			assertThat(response.getContentAsString()).contains("\"error\"");
		}
		else if (caller == Caller.ANONYMOUS) {
			assertThat(status).isEqualTo(302);
			assertThat(location).endsWith("/login");
		}
		else {
			assertThat(status).isEqualTo(403);
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
		for (String file : List.of("ledger-2026-11.csv", "payroll-2026-11.csv", "payroll-2026-11.manifest.json")) {
			Files.writeString(out.resolve(file), "period\n2026-11\n");
		}
		EvaluationWorkbook.withTextDates().writeTo(Path.of(WebIntegrationTest.QA_TEMPLATE));
		ingest.ingestFile(Path.of("src/test/resources/ingest/bad/not-a-workbook.xlsx"), "evaluations/not-a-workbook.xlsx",
				InputKind.EVALUATIONS);
		long workbookId = jdbc.queryForObject("select min(id) from source_file where kind = 'EVALUATIONS'", Long.class);
		long feedFileId = jdbc.queryForObject("select id from source_file where kind = 'ROSTER'", Long.class);
		return new Fixture(workbookId, feedFileId, WebFixtures.workbookWithABadDate(temp, "qa-matrix.xlsx"),
				WebFixtures.csv("holidays.csv", "date,name\n2026-12-25,Christmas\n"), jdbc, accounts, new AtomicInteger());
	}

	private static Endpoint getOf(String path, Area area) {
		return endpoint("GET", path, area, fixture -> get(path));
	}

	private static Endpoint endpoint(String method, String pattern, Area area,
			Function<Fixture, AbstractMockHttpServletRequestBuilder<?>> request) {
		return new Endpoint(method, pattern, area, request, 0);
	}

}
