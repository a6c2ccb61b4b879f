package com.conductledger.scoring.job;

import java.sql.SQLException;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.conductledger.ingest.MySqlTestServer;

/**
 * The incremental-equals-full property again, on the MySQL-protocol server named by
 * {@code LEDGER_TEST_MYSQL_URL} (its {@code insert ... select} from the ledger into itself), on fewer months.
 */
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_MYSQL_URL", matches = ".+")
class IncrementalScoringMySqlIntegrationTests extends IncrementalScoringIntegrationTests {

	@DynamicPropertySource
	static void mysqlServer(DynamicPropertyRegistry registry) throws SQLException {
		MySqlTestServer.register(registry);
	}

	@Override
	int seeds() {
		return 4;
	}

}
