package com.conductledger.scoring.job;

import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.conductledger.ingest.MySqlTestServer;

/** The days a night's revisions change, again on the MySQL-protocol server named by {@code LEDGER_TEST_MYSQL_URL}. */
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_MYSQL_URL", matches = ".+")
class ChangedDaysMySqlIntegrationTests extends ChangedDaysIntegrationTests {

	@DynamicPropertySource
	static void mysqlServer(DynamicPropertyRegistry registry) throws SQLException {
		MySqlTestServer.register(registry);
	}

}
