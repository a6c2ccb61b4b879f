package com.conductledger.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A MariaDB server of the test's own, on its own port and data folder (never the shared one on
 * 3306), that the test may kill with SIGKILL and start again on the same data, as an outage does.
 */
final class OwnMariaDb implements AutoCloseable {

	static final Path SERVER = Path.of("/usr/sbin/mariadbd");

	private final Path data;

	private final int port;

	private Process server;

	private OwnMariaDb(Path data, int port) {
		this.data = data;
		this.port = port;
	}

	static boolean available() {
		return Files.isExecutable(SERVER) && Files.isExecutable(Path.of("/usr/bin/mariadb-install-db"));
	}

	/** Installs a fresh data folder under {@code folder} and starts the server on a free port. */
	static OwnMariaDb install(Path folder) throws IOException, InterruptedException {
		Path data = folder.resolve("mariadb-data");
		Process install = new ProcessBuilder("/usr/bin/mariadb-install-db", "--no-defaults", "--datadir=" + data,
				"--user=" + System.getProperty("user.name"), "--auth-root-authentication-method=normal", "--skip-test-db")
			.redirectErrorStream(true)
			.redirectOutput(folder.resolve("mariadb-install.log").toFile())
			.start();
		if (!install.waitFor(2, TimeUnit.MINUTES) || install.exitValue() != 0) {
			throw new IllegalStateException("mariadb-install-db failed: " + Files.readString(folder.resolve("mariadb-install.log")));
		}
		OwnMariaDb db = new OwnMariaDb(data, freePort());
		db.start();
		return db;
	}

	void start() throws IOException, InterruptedException {
		server = new ProcessBuilder(List.of(SERVER.toString(), "--no-defaults", "--datadir=" + data, "--port=" + port,
				"--bind-address=127.0.0.1", "--socket=" + data.resolve("mariadb.sock"), "--user=" + System.getProperty("user.name"),
				"--skip-log-bin", "--pid-file=" + data.resolve("mariadb.pid")))
			.redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(data.resolveSibling("mariadb-server.log").toFile()))
			.start();
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (System.nanoTime() < deadline) {
			try (Connection connection = DriverManager.getConnection(url(""), "root", "")) {
				connection.createStatement().execute("create database if not exists ledger character set utf8mb4 "
						+ "collate utf8mb4_unicode_ci");
				return;
			}
			catch (SQLException notYet) {
				if (!server.isAlive()) {
					throw new IllegalStateException("the MariaDB server did not start: "
							+ Files.readString(data.resolveSibling("mariadb-server.log")));
				}
				Thread.sleep(200);
			}
		}
		throw new IllegalStateException("the MariaDB server did not answer in 60 s");
	}

	/** SIGKILL to the server: the outage. */
	void kill() throws InterruptedException {
		server.destroyForcibly();
		server.waitFor(30, TimeUnit.SECONDS);
	}

	String url(String database) {
		return "jdbc:mysql://127.0.0.1:" + port + "/" + database
				+ "?useUnicode=true&characterEncoding=UTF-8&rewriteBatchedStatements=true";
	}

	int port() {
		return port;
	}

	@Override
	public void close() throws InterruptedException {
		if (server != null && server.isAlive()) {
			server.destroy();
			if (!server.waitFor(30, TimeUnit.SECONDS)) {
				server.destroyForcibly();
			}
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
