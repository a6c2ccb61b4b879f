package com.conductledger.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application with its security filters behind MockMvc, on the test profile's private
 * H2 database; every web test uses exactly this, so they share one application context. The first
 * administrator's password here is a test fixture, not a default.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = { "ledger.output-dir=" + WebIntegrationTest.OUTPUT_DIR,
		"ledger.qa-template=" + WebIntegrationTest.QA_TEMPLATE, "ledger.inbox-dir=target/web-tests/inbox",
		"ledger.admin.username=" + WebIntegrationTest.ADMIN, "ledger.admin.password=" + WebIntegrationTest.ADMIN_PASSWORD })
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface WebIntegrationTest {

	String OUTPUT_DIR = "target/web-tests/out";

	String QA_TEMPLATE = "target/web-tests/qa-evaluation-template.xlsx";

	String ADMIN = "first.admin";

	String ADMIN_PASSWORD = "test-only-admin-password";

}
