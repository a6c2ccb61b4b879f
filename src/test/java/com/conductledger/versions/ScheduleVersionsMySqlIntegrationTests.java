package com.conductledger.versions;

import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.conductledger.ingest.MySqlTestServer;

/** Every schedule version test again, on the MySQL-protocol server named by {@code LEDGER_TEST_MYSQL_URL}. */
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_MYSQL_URL", matches = ".+")
class ScheduleVersionsMySqlIntegrationTests extends ScheduleVersionsIntegrationTests {

	@DynamicPropertySource
	static void mysqlServer(DynamicPropertyRegistry registry) throws SQLException {
		MySqlTestServer.register(registry);
	}

}
