package com.conductledger.ingest.store;

import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.conductledger.ingest.MySqlTestServer;

/** The writer's tests again, on the MySQL-protocol server named by {@code LEDGER_TEST_MYSQL_URL}. */
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_MYSQL_URL", matches = ".+")
class FactWriterMySqlIntegrationTests extends FactWriterIntegrationTests {

	@DynamicPropertySource
	static void mysqlServer(DynamicPropertyRegistry registry) throws SQLException {
		MySqlTestServer.register(registry);
	}

}
