package com.conductledger.ingest;

import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every real-input test again on the MySQL-protocol server of {@code LEDGER_TEST_MYSQL_URL}: the
 * same texts must fit there as on H2 (utf8mb4 counts an emoji as one character), and GB18030
 * names must come back intact.
 */
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_MYSQL_URL", matches = ".+")
class RealInputsMySqlIntegrationTests extends RealInputsIntegrationTests {

	@DynamicPropertySource
	static void mysqlServer(DynamicPropertyRegistry registry) throws SQLException {
		MySqlTestServer.register(registry);
	}

}
