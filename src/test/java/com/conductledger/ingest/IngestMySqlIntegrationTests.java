package com.conductledger.ingest;

import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every ingest test again, on the MySQL-protocol server named by {@code LEDGER_TEST_MYSQL_URL}
 * (set by {@code .ci/run}, which fails the build when these were skipped).
 */
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_MYSQL_URL", matches = ".+")
class IngestMySqlIntegrationTests extends IngestIntegrationTests {

	@DynamicPropertySource
	static void mysqlServer(DynamicPropertyRegistry registry) throws SQLException {
		MySqlTestServer.register(registry);
	}

}
