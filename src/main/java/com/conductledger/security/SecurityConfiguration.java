package com.conductledger.security;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what: QA the QA pages, MANAGER the periods and data feeds, PAYROLL the payroll
 * files, ADMIN everything. Pages sign in by form and get a 403 page; the JSON API under
 * {@code /api} uses the same session and the CSRF token in the {@code X-CSRF-TOKEN} header, and
 * answers 401/403 in JSON. Only the web application has this; the command line has no web.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final String QA = LedgerRole.QA.name();

	private static final String MANAGER = LedgerRole.MANAGER.name();

	private static final String PAYROLL = LedgerRole.PAYROLL.name();

	private static final String ADMIN = LedgerRole.ADMIN.name();

	@Bean
	SecurityFilterChain ledgerSecurity(HttpSecurity http) throws Exception {
		DeniedResponses responses = new DeniedResponses();
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers(SecurityPages.LOGIN, SecurityPages.DENIED, "/error", "/css/**", "/js/**", "/favicon.ico").permitAll()
			.requestMatchers("/qa/**", "/api/qa/**").hasAnyRole(QA, ADMIN)
			.requestMatchers("/periods/**", "/feeds/**", "/api/periods/**", "/api/feeds/**").hasAnyRole(MANAGER, ADMIN)
			.requestMatchers("/whatif", "/whatif/**", "/api/whatif", "/api/whatif/**").hasAnyRole(MANAGER, ADMIN)
			.requestMatchers("/payroll/**", "/api/payroll/**").hasAnyRole(PAYROLL, ADMIN)
			.requestMatchers("/admin/**", "/api/admin/**").hasRole(ADMIN)
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage(SecurityPages.LOGIN).defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(responses)
				.accessDeniedHandler(responses));
		return http.build();
	}

}
