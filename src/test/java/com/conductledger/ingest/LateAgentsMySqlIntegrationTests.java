package com.conductledger.ingest;

import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every late-agents test again on the MySQL-protocol server of {@code LEDGER_TEST_MYSQL_URL}, whose
 * queries of the retry (the rows waiting for people known now) must give the same rows as on H2.
 */
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_MYSQL_URL", matches = ".+")
class LateAgentsMySqlIntegrationTests extends LateAgentsIntegrationTests {

	@DynamicPropertySource
	static void mysqlServer(DynamicPropertyRegistry registry) throws SQLException {
		MySqlTestServer.register(registry);
	}

}
