package com.conductledger.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.ConductLedgerApplication;
import com.conductledger.faults.Databases;
import com.conductledger.sampledata.GeneratedMonth;
import com.conductledger.sampledata.SampleMonthGenerator;
import com.conductledger.sampledata.SampleMonthSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole {@code run} (ingest, scoring, reports) measured: generates a month of about 1,000 and
 * of about 10,000 agents, runs {@code run} on each in its own JVM with the same small heap cap, and
 * prints rows, the seconds of each phase, rows per second of the ingest and the peak resident
 * memory sampled from /proc. A flat memory profile shows as the 10x month finishing under the same
 * cap with about the same peak. Then a {@code whatif} on the same month and database (SW-EXCESS
 * raised to 10 points), in its own JVM under the same cap: the seconds of the what-if itself (facts
 * read once, scored twice in memory), of the whole command with its start-up, and its peak memory.
 * Then the floor of issue 13: a bare JDBC batch insert of the same CSV rows ({@link BareInsert}) and
 * a new night ({@link NightSplit}: the month without its last day, then that day's files), with the
 * ratios. Every month is measured on the embedded H2 file database and, when {@code LEDGER_TEST_MYSQL_URL}
 * names a MySQL-protocol server (as in the tests), again on fresh databases of that server: the same
 * run through the {@code mysql} profile, the bare insert through the same driver and URL options
 * ({@code rewriteBatchedStatements}), and the same night. Not part of the test suite:
 * {@code mvn -Pbenchmark test} (heap cap: -Dbenchmark.heap=192m; month sizes in teams of 12:
 * -Dbenchmark.teams=84,834).
 */
@Tag("benchmark")
class RunBenchmark {

	@TempDir
	Path work;

	@Test
	void runOfOneAndTenThousandAgentsUnderTheSameHeapCap() throws Exception {
		String heap = System.getProperty("benchmark.heap", "192m");
		System.out.printf("%nRun benchmark, -Xmx%s, %d cores%n", heap, Runtime.getRuntime().availableProcessors());
		System.out.printf("%-8s %-6s %10s %8s %8s %8s %8s %12s %12s%n", "agents", "db", "rows", "ingest", "scoring",
				"reports", "total s", "ingest rows/s", "peak RSS MB");
		List<String> whatIfs = new ArrayList<>();
		List<String> baselines = new ArrayList<>();
		int[] sizes = java.util.Arrays.stream(System.getProperty("benchmark.teams", "84,834").split(","))
			.mapToInt(size -> Integer.parseInt(size.trim()))
			.toArray();
		List<Store> stores = Databases.mySqlConfigured() ? List.of(Store.H2, Store.MYSQL) : List.of(Store.H2);
		for (int teams : sizes) {
			Path month = work.resolve("month-" + teams);
			GeneratedMonth generated = new SampleMonthGenerator().generate(month,
					new SampleMonthSpec(teams, 12, SampleMonthSpec.sample().seed(), SampleMonthSpec.sample().period(), 25));
			for (Store store : stores) {
				Path folder = work.resolve("db-" + store.label() + "-" + teams);
				Databases database = store.fresh("bench_month_" + teams);
				try {
					Measured measured = run(month, heap, folder, database);
					assertThat(measured.exitCode()).as("run on %d teams, %s: %s", teams, store.label(),
							Files.readString(folder.resolve("stderr.txt"))).isZero();
					String stdout = Files.readString(folder.resolve("stdout.txt"));
					double ingest = phase(stdout, "Ingest");
					System.out.printf("%-8d %-6s %10d %8.1f %8.1f %8.1f %8.1f %12.0f %12d%n", generated.agents(), store.label(),
							generated.totalRows(), ingest, phase(stdout, "Scoring"), phase(stdout, "Reports"),
							measured.seconds(), generated.totalRows() / ingest, measured.peakRssKb() / 1024);
					if (store == Store.H2) {
						whatIfs.add(whatIf(generated.agents(), heap, folder));
					}
					baselines.add(baseline(generated.agents(), month, ingest, measured.seconds(), heap, teams, store));
				}
				finally {
					store.drop(database);
				}
			}
		}
		System.out.printf("%nAgainst the floor (issue 13): a bare JDBC batch insert of the same CSV rows into the product's"
				+ " tables on an empty database of the same kind (H2 file, or a fresh database of the MySQL server); a new"
				+ " night: the month without its last day scored, then that day's roster, attendance and breaks dropped"
				+ " and run%n");
		System.out.printf("%-8s %-6s %10s %8s %10s %10s %8s %8s %8s %8s %10s%n", "agents", "db", "csv rows", "bare s",
				"ingest/bare", "total/bare", "night s", "ingest", "scoring", "reports", "night/full");
		baselines.forEach(System.out::println);
		System.out.printf("%nWhat-if (SW-EXCESS 5 -> 10 points), -Xmx%s, H2%n", heap);
		System.out.printf("%-8s %10s %10s %10s %12s%n", "agents", "affected", "whatif s", "command s", "peak RSS MB");
		whatIfs.forEach(System.out::println);
	}

	/** Where a measured run keeps its data: the H2 file of its folder, or a fresh database of the MySQL server. */
	private enum Store {
		H2, MYSQL;

		String label() {
			return this == H2 ? "h2" : "mysql";
		}

		/** A fresh, empty database of this kind ({@code null} for H2: the run's folder holds it). */
		Databases fresh(String name) throws java.sql.SQLException {
			return this == H2 ? null : Databases.freshOnTestServer(name);
		}

		void drop(Databases database) throws java.sql.SQLException {
			if (database != null) {
				database.drop();
			}
		}

	}

	/** The bare insert of the month's CSV rows, and a new night on the month without its last day. */
	private String baseline(long agents, Path month, double ingest, double total, String heap, int teams, Store store)
			throws Exception {
		Databases bareDatabase = store.fresh("bench_bare_" + teams);
		Databases nightDatabase = store.fresh("bench_night_" + teams);
		try {
			BareInsert.Result bare = bareDatabase == null
					? BareInsert.insert(month, "jdbc:h2:file:" + work.resolve("bare-" + teams).resolve("ledger").toAbsolutePath()
							+ ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;QUERY_CACHE_SIZE=0", "sa", "", "h2")
					: BareInsert.insert(month, bareDatabase.url(), bareDatabase.user(), bareDatabase.password(), "mysql");
			Path before = work.resolve("night-" + store.label() + "-" + teams);
			Path drop = work.resolve("drop-" + store.label() + "-" + teams);
			String night = NightSplit.split(month, before, drop);
			Path folder = work.resolve("db-night-" + store.label() + "-" + teams);
			Measured month1 = run(before, heap, folder, nightDatabase);
			assertThat(month1.exitCode()).as("run without the last day: %s", Files.readString(folder.resolve("stderr.txt")))
				.isZero();
			try (var dropped = Files.list(drop)) {
				for (Path file : dropped.toList()) {
					Files.copy(file, before.resolve(file.getFileName()));
				}
			}
			Measured measured = run(before, heap, folder, nightDatabase);
			assertThat(measured.exitCode()).as("the night of %s: %s", night, Files.readString(folder.resolve("stderr.txt")))
				.isZero();
			String stdout = Files.readString(folder.resolve("stdout.txt"));
			return String.format("%-8d %-6s %10d %8.1f %10.2f %10.2f %8.1f %8.1f %8.1f %8.1f %9.0f%%", agents, store.label(),
					bare.rows(), bare.seconds(), ingest / bare.seconds(), total / bare.seconds(), measured.seconds(),
					phase(stdout, "Ingest"), phase(stdout, "Scoring"), phase(stdout, "Reports"), 100 * measured.seconds() / total);
		}
		finally {
			store.drop(bareDatabase);
			store.drop(nightDatabase);
		}
	}

	private static String whatIf(long agents, String heap, Path folder) throws Exception {
		Path proposal = folder.resolve("proposal.yml");
		Files.writeString(proposal, Files.readString(Path.of("jobs/penalty-schedule.yml"))
			.replace("SW-EXCESS:            { article: \"36\", points: 5 }", "SW-EXCESS:            { article: \"36\", points: 10 }"));
		Measured measured = launch(folder, heap, null, "whatif", "--period=2026-11", "--schedule=" + proposal,
				"--out=" + folder.resolve("whatif"));
		assertThat(measured.exitCode()).as("whatif on %d agents: %s", agents,
				Files.readString(folder.resolve("stderr.txt"))).isZero();
		String summary = Files.readString(folder.resolve("stdout.txt")).lines()
			.filter(line -> line.startsWith("What-if "))
			.findFirst()
			.orElseThrow();
		String affected = summary.replaceAll(".*: (\\d+) of \\d+ people affected.*", "$1");
		double seconds = Long.parseLong(summary.replaceAll(".*; (\\d+) ms \\(reading.*", "$1")) / 1000.0;
		return String.format("%-8d %10s %10.1f %10.1f %12d", agents, affected, seconds, measured.seconds(),
				measured.peakRssKb() / 1024);
	}

	/** {@code run} of the month in {@code folder}, on its H2 file ({@code database} null) or on {@code database}. */
	private static Measured run(Path month, String heap, Path folder, Databases database) throws Exception {
		Files.createDirectories(folder);
		return launch(folder, heap, database, "run", "--input=" + month, "--period=2026-11", "--out=" + folder.resolve("out"));
	}

	/**
	 * Runs a command of the jar in its own JVM, in {@code folder}: on the H2 database of its ./data, or
	 * on {@code database} through the {@code mysql} profile and the {@code LEDGER_DB_*} variables.
	 */
	private static Measured launch(Path folder, String heap, Databases database, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + heap, "-cp", System.getProperty("java.class.path"), ConductLedgerApplication.class.getName()));
		command.addAll(List.of(arguments));
		command.add("--ledger.schedule=file:" + Path.of("jobs/penalty-schedule.yml").toAbsolutePath());
		if (database != null) {
			command.addAll(database.options());
		}
		ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
			.redirectOutput(folder.resolve("stdout.txt").toFile())
			.redirectError(folder.resolve("stderr.txt").toFile());
		if (database != null) {
			builder.environment().putAll(database.environment());
		}
		long started = System.nanoTime();
		Process process = builder.start();
		long peakRss = 0;
		while (!process.waitFor(200, TimeUnit.MILLISECONDS)) {
			peakRss = Math.max(peakRss, residentKb(process.pid()));
		}
		return new Measured(process.exitValue(), (System.nanoTime() - started) / 1e9, peakRss);
	}

	/** The seconds {@code run} printed for a phase ("Scoring took 3.4 s"). */
	private static double phase(String stdout, String name) {
		return stdout.lines()
			.filter(line -> line.startsWith(name + " took "))
			.map(line -> Double.parseDouble(line.replace(name + " took ", "").replace(" s", "")))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no timing of " + name + " in " + stdout));
	}

	private static long residentKb(long pid) {
		try {
			for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
				if (line.startsWith("VmHWM:")) {
					return Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		catch (IOException ex) {
			// the process ended between two samples
		}
		return 0;
	}

	record Measured(int exitCode, double seconds, long peakRssKb) {
	}

}
