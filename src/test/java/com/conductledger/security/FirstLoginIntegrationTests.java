package com.conductledger.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first login right after the web server starts listening succeeds: the first administrator
 * exists before the server takes connections. The login is made, over HTTP, at the very moment the
 * server reports that it listens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "ledger.admin.username=" + FirstLoginIntegrationTests.ADMIN,
				"ledger.admin.password=" + FirstLoginIntegrationTests.PASSWORD, "ledger.output-dir=target/first-login/out",
				"ledger.inbox-dir=target/first-login/inbox" })
@ActiveProfiles("test")
class FirstLoginIntegrationTests {

	static final String ADMIN = "first.login";

	static final String PASSWORD = "test-only-first-login-password";

	static final AtomicReference<String> LOGIN_AT_START = new AtomicReference<>();

	@Test
	void aLoginTheMomentTheServerListensSucceeds() {
		assertThat(LOGIN_AT_START.get()).as("where the login at start was sent").endsWith("/");
	}

	@TestConfiguration
	static class LoginAtStart {

		@Bean
		ApplicationListener<WebServerInitializedEvent> loginAsSoonAsTheServerListens() {
			return event -> LOGIN_AT_START.set(logIn(event.getWebServer().getPort()));
		}

		private static String logIn(int port) {
			HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
			String base = "http://localhost:" + port;
			try {
				String form = client.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
						HttpResponse.BodyHandlers.ofString()).body();
				Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
				assertThat(token.find()).as("the login form carries a CSRF token").isTrue();
				String body = "username=" + ADMIN + "&password=" + PASSWORD + "&_csrf="
						+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
				HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.discarding());
				return login.headers().firstValue("Location").orElse("no redirect: " + login.statusCode());
			}
			catch (IOException ex) {
				return "failed: " + ex;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return "interrupted";
			}
		}

	}

}
