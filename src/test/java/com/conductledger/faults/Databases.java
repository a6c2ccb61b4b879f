package com.conductledger.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Where a child run keeps its data: the embedded H2 file of its working directory, or a database of
 * its own on the MySQL-protocol server of {@code LEDGER_TEST_MYSQL_URL} (made for the test, dropped
 * after), reached as a user does: the {@code mysql} profile and the {@code LEDGER_DB_*} variables.
 */
public record Databases(String url, String user, String password, boolean mariaDb) {

	public static boolean mySqlConfigured() {
		String url = System.getenv("LEDGER_TEST_MYSQL_URL");
		return url != null && !url.isBlank();
	}

	/** A fresh database named after the test's one plus {@code suffix}, on the server of LEDGER_TEST_MYSQL_URL. */
	public static Databases freshOnTestServer(String suffix) throws SQLException {
		String url = System.getenv("LEDGER_TEST_MYSQL_URL");
		int slash = url.indexOf('/', "jdbc:mysql://".length());
		int query = url.indexOf('?', slash);
		String server = url.substring(0, slash + 1);
		String database = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + "_" + suffix;
		String parameters = query < 0 ? "" : url.substring(query);
		String user = System.getenv().getOrDefault("LEDGER_TEST_MYSQL_USER", "root");
		String password = System.getenv().getOrDefault("LEDGER_TEST_MYSQL_PASSWORD", "");
		boolean mariaDb;
		try (Connection connection = DriverManager.getConnection(server + parameters, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists `" + database + "`");
			statement.execute("create database `" + database + "` character set utf8mb4 collate utf8mb4_unicode_ci");
			mariaDb = connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
		}
		return new Databases(server + database + parameters, user, password, mariaDb);
	}

	static Databases onOwnServer(OwnMariaDb server) {
		return new Databases(server.url("ledger"), "root", "", true);
	}

	public Map<String, String> environment() {
		return Map.of("LEDGER_DB_URL", url, "LEDGER_DB_USER", user, "LEDGER_DB_PASSWORD", password);
	}

	/** The options that point a run at this database. */
	public List<String> options() {
		return List.of("--spring.profiles.active=" + (mariaDb ? "mysql,mariadb" : "mysql"));
	}

	public long count(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			var rows = statement.executeQuery(sql);
			rows.next();
			return rows.getLong(1);
		}
	}

	public void drop() throws SQLException {
		String database = url.substring(url.indexOf('/', "jdbc:mysql://".length()) + 1).split("\\?")[0];
		String server = url.substring(0, url.indexOf('/', "jdbc:mysql://".length()) + 1);
		try (Connection connection = DriverManager.getConnection(server, user, password);
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists `" + database + "`");
		}
	}

}
