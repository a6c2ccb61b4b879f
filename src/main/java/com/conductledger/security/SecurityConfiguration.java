package com.conductledger.security;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/**
 * Who may open what: QA the QA pages, MANAGER the periods and data feeds, PAYROLL the payroll
 * files, ADMIN everything; AGENT and TEAM_LEAD their home page, the person pages and PDFs of their
 * scope and (a team lead) their team's pack, the controllers answering 404 outside the scope. A
 * user with a one-time password must change it before anything else. Pages sign in by form and
 * get a 403 page; the JSON API under {@code /api} uses the same session and the CSRF token in the
 * {@code X-CSRF-TOKEN} header, and answers 401/403 in JSON. Sessions are kept in a registry so that disabling a user or resetting
 * their password ends them; failed logins are throttled; every answer carries a strict
 * Content-Security-Policy. Only the web application has this; the command line has no web.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	/**
	 * Only the application's own scripts, styles and images (charts are inline SVG with
	 * presentation attributes, no style attributes); no framing; forms post only here.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	private static final String QA = LedgerRole.QA.name();

	private static final String MANAGER = LedgerRole.MANAGER.name();

	private static final String PAYROLL = LedgerRole.PAYROLL.name();

	private static final String ADMIN = LedgerRole.ADMIN.name();

	private static final String AGENT = LedgerRole.AGENT.name();

	private static final String TEAM_LEAD = LedgerRole.TEAM_LEAD.name();

	@Bean
	SecurityFilterChain ledgerSecurity(HttpSecurity http, SessionRegistry sessions, LoginThrottle throttle,
			AppUserRepository users) throws Exception {
		DeniedResponses responses = new DeniedResponses();
		LoginOutcomes outcomes = new LoginOutcomes(throttle);
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(SecurityPages.LOGIN, SecurityPages.DENIED, "/error", "/css/**", "/js/**", "/favicon.ico").permitAll()
			// a person's page and PDF: agents and team leads too, each within their scope (checked by the controller, 404 outside)
			.requestMatchers("/periods/*/people/*", "/periods/*/people/*/pdf", "/api/periods/*/people/*",
					"/api/periods/*/people/*/pdf").hasAnyRole(MANAGER, ADMIN, AGENT, TEAM_LEAD)
			// a period's files: a team lead gets their team's pack (the controller serves nothing else to them)
			.requestMatchers("/periods/*/files/*", "/api/periods/*/files/*").hasAnyRole(MANAGER, ADMIN, TEAM_LEAD)
			.requestMatchers("/qa/**", "/api/qa/**").hasAnyRole(QA, ADMIN)
			.requestMatchers("/periods/**", "/feeds/**", "/api/periods/**", "/api/feeds/**").hasAnyRole(MANAGER, ADMIN)
			.requestMatchers("/whatif", "/whatif/**", "/api/whatif", "/api/whatif/**").hasAnyRole(MANAGER, ADMIN)
			.requestMatchers("/payroll/**", "/api/payroll/**").hasAnyRole(PAYROLL, ADMIN)
			.requestMatchers("/admin/**", "/api/admin/**").hasRole(ADMIN)
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage(SecurityPages.LOGIN)
				.successHandler(outcomes)
				.failureHandler(outcomes)
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.sessionManagement(session -> session.sessionConcurrency(concurrency -> concurrency.maximumSessions(-1)
				.sessionRegistry(sessions)
				.expiredSessionStrategy(responses)))
			.addFilterBefore(new LoginThrottleFilter(throttle), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new RevokedAccessFilter(users, responses), ConcurrentSessionFilter.class)
			.addFilterBefore(new PasswordChangeFilter(users), AuthorizationFilter.class)
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(responses)
				.accessDeniedHandler(responses));
		return http.build();
	}

	/** Every signed-in session, so that {@link UserSessions} can end a user's. */
	@Bean
	SessionRegistry sessionRegistry() {
		return new SessionRegistryImpl();
	}

	/** Tells the registry when the server drops a session (timeout, logout), so that it does not grow. */
	@Bean
	HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	@Bean
	LoginThrottle loginThrottle(LoginThrottleProperties limits) {
		return new LoginThrottle(limits, Clock.systemUTC());
	}

}
