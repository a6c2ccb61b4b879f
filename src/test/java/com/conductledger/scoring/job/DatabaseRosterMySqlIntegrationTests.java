package com.conductledger.scoring.job;

import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.conductledger.ingest.MySqlTestServer;

/**
 * The roster read ahead again, on the MySQL-protocol server named by {@code LEDGER_TEST_MYSQL_URL}
 * (its case-insensitive collation and its own plan for {@code agent_id in (...)}).
 */
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_MYSQL_URL", matches = ".+")
class DatabaseRosterMySqlIntegrationTests extends DatabaseRosterIntegrationTests {

	@DynamicPropertySource
	static void mysqlServer(DynamicPropertyRegistry registry) throws SQLException {
		MySqlTestServer.register(registry);
	}

}
