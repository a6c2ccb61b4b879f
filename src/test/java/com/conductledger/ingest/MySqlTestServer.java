package com.conductledger.ingest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.test.context.DynamicPropertyRegistry;

/** Points a test context at the server of {@code LEDGER_TEST_MYSQL_URL}, naming MariaDB to Hibernate when it is one. */
public final class MySqlTestServer {

	private MySqlTestServer() {
	}

	public static void register(DynamicPropertyRegistry registry) throws SQLException {
		String url = System.getenv("LEDGER_TEST_MYSQL_URL");
		String user = System.getenv().getOrDefault("LEDGER_TEST_MYSQL_USER", "root");
		String password = System.getenv().getOrDefault("LEDGER_TEST_MYSQL_PASSWORD", "");
		registry.add("spring.datasource.url", () -> url);
		registry.add("spring.datasource.username", () -> user);
		registry.add("spring.datasource.password", () -> password);
		// as the profile "mysql" has it: the kinds of a folder side by side, and local files for the facts
		registry.add("ledger.ingest.threads", () -> "0");
		registry.add("spring.datasource.hikari.data-source-properties.allowLoadLocalInfileInPath",
				() -> "${ledger.ingest.load-dir}");
		try (Connection connection = DriverManager.getConnection(url, user, password)) {
			String version = connection.getMetaData().getDatabaseProductVersion();
			if (version.contains("MariaDB")) {
				registry.add("spring.jpa.properties.jakarta.persistence.database-product-name", () -> "MariaDB");
				registry.add("spring.jpa.properties.jakarta.persistence.database-major-version", () -> "10");
				registry.add("spring.jpa.properties.jakarta.persistence.database-minor-version", () -> "11");
			}
		}
	}

}
