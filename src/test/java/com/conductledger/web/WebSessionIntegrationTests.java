package com.conductledger.web;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.security.FirstAdmin;
import com.conductledger.security.LedgerRole;
import com.conductledger.security.LoginThrottle;
import com.conductledger.security.UserAccounts;
import com.conductledger.support.HttpClientSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Over real HTTP against the running server, with each browser's own cookies: a session ends when
 * its user is disabled or their password reset; the cookie and headers a browser gets; what a
 * browser sees for errors the container itself answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ledger.admin.username=" + WebSessionIntegrationTests.ADMIN,
				"ledger.admin.password=" + WebSessionIntegrationTests.ADMIN_PASSWORD,
				"ledger.output-dir=target/web-session/out", "ledger.inbox-dir=target/web-session/inbox" })
@ActiveProfiles("test")
class WebSessionIntegrationTests {

	static final String ADMIN = "session.admin";

	static final String ADMIN_PASSWORD = "test-only-session-admin-password";

	static final String PASSWORD = "test-only-qa-password";

	private static final AtomicInteger USERS = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	UserAccounts accounts;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void administratorExistsAndNoLoginIsLocked() {
		firstAdmin.createIfNoUserExists();
		throttle.clear();
	}

	@Test
	void aDisabledUsersOpenSessionCanNoLongerUploadNorOpenAPage() throws Exception {
		String qa = qaUser();
		HttpClientSession browser = signedIn(qa, PASSWORD);
		assertThat(browser.get("/api/qa/uploads").statusCode()).isEqualTo(200);
		int filesBefore = sourceFiles();

		HttpResponse<String> disabled = signedIn(ADMIN, ADMIN_PASSWORD).postJson("/api/admin/users/" + qa + "/disable", "");

		assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
		HttpResponse<String> upload = browser.upload("/api/qa/uploads", "evaluations.xlsx", new byte[] { 1, 2, 3 });
		assertThat(upload.statusCode()).isEqualTo(401);
		assertThat(upload.body()).contains("\"error\"", "session has ended");
		assertThat(sourceFiles()).isEqualTo(filesBefore);
		assertThat(browser.get("/qa").headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login"));
	}

	@Test
	void aDisabledUsersPageIsTheLoginPageSayingTheSessionEnded() throws Exception {
		String qa = qaUser();
		HttpClientSession browser = signedIn(qa, PASSWORD);

		accounts.disable(qa, ADMIN);

		HttpResponse<String> page = browser.get("/qa");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?expired"));
		assertThat(browser.get("/login?expired").body()).contains("Your session has ended");
	}

	@Test
	void aPasswordResetEndsTheSessionOpenedWithTheOldPassword() throws Exception {
		String qa = qaUser();
		HttpClientSession old = signedIn(qa, PASSWORD);

		HttpResponse<String> reset = signedIn(ADMIN, ADMIN_PASSWORD).postJson("/api/admin/users/" + qa + "/password",
				"{\"password\":\"violet-harbour-lantern\"}");

		assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);
		assertThat(old.get("/api/qa/uploads").statusCode()).isEqualTo(401);
		assertThat(signedIn(qa, "violet-harbour-lantern").get("/api/qa/uploads").statusCode()).isEqualTo(200);
	}

	@Test
	void aUserDisabledInTheDatabaseBehindTheApplicationsBackIsRefusedOnTheNextRequest() throws Exception {
		String qa = qaUser();
		HttpClientSession browser = signedIn(qa, PASSWORD);

		jdbc.update("update app_user set enabled = false where username = ?", qa);

		HttpResponse<String> answer = browser.get("/api/qa/uploads");
		assertThat(answer.statusCode()).isEqualTo(401);
		assertThat(answer.body()).contains("session has ended");
	}

	@Test
	void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
		HttpResponse<String> login = new HttpClientSession(port).logIn(ADMIN, ADMIN_PASSWORD);

		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
			.startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
	}

	@Test
	void pagesStylesAndTheApiCarryTheContentSecurityPolicy() throws Exception {
		HttpClientSession browser = signedIn(ADMIN, ADMIN_PASSWORD);

		for (String path : new String[] { "/login", "/", "/css/ledger.css", "/api/me", "/admin/users" }) {
			assertThat(browser.get(path).headers().firstValue("Content-Security-Policy")).as(path)
				.hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'self'", "script-src 'self'",
						"style-src 'self'", "frame-ancestors 'none'", "form-action 'self'"));
		}
	}

	@Test
	void theErrorPathReachedDirectlyIsNotFoundNotStatus999() throws Exception {
		HttpResponse<String> error = signedIn(ADMIN, ADMIN_PASSWORD).get("/error");

		assertThat(error.statusCode()).isEqualTo(404);
		assertThat(error.body()).doesNotContain("999").contains("Not found");
	}

	@Test
	void aFormUploadOf150MegabytesGetsThePageSayingTheLimits() throws Exception {
		HttpClientSession browser = signedIn(ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> answer = browser.uploadForm("/qa", "/qa/uploads", "huge.xlsx", 150L * 1024 * 1024);

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).startsWith("<!DOCTYPE html>").contains("at most 20 MB a file and 100 MB in all");
	}

	@Test
	void aFormUploadOfOneFileOverTheFileLimitGetsThePageNotTheExpiredFormPage() throws Exception {
		HttpClientSession browser = signedIn(ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> answer = browser.uploadForm("/feeds", "/feeds/uploads", "roster.csv", 30L * 1024 * 1024);

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("at most 20 MB a file and 100 MB in all").doesNotContain("CSRF");
	}

	@Test
	void anApiUploadOverTheFileLimitIsTooLargeInJson() throws Exception {
		HttpClientSession client = signedIn(ADMIN, ADMIN_PASSWORD);

		HttpResponse<String> answer = client.upload("/api/qa/uploads", "huge.xlsx", new byte[25 * 1024 * 1024]);

		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).as(answer.body()).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/json"));
		assertThat(answer.body()).startsWith("{\"error\":").contains("20 MB").doesNotContain("session.admin");
	}

	private String qaUser() {
		String name = "session.qa" + USERS.incrementAndGet();
		accounts.create(name, name, PASSWORD, EnumSet.of(LedgerRole.QA));
		return name;
	}

	private HttpClientSession signedIn(String username, String password) throws Exception {
		HttpClientSession browser = new HttpClientSession(port);
		HttpResponse<String> login = browser.logIn(username, password);
		assertThat(login.headers().firstValue("Location")).as("where the login of %s went", username)
			.hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
		return browser.withApiToken();
	}

	private int sourceFiles() {
		return jdbc.queryForObject("select count(*) from source_file", Integer.class);
	}

}
