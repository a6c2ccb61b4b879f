package com.conductledger.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/**
 * The fault-injection suite: the packaged jar on a generated month of about 200 agents, killed with
 * SIGKILL during ingest, scoring and reports, on the embedded H2 file and on the MySQL-protocol
 * server; a database server killed mid-run and started again; two runs at once; a late people file.
 * After each fault a plain rerun of the same command must leave {@code ledger-2026-11.csv},
 * {@code payroll-2026-11.csv}, the data warnings and the rejected rows byte for byte as a clean run
 * leaves them, and no run ever shows a payroll before its ingest finished.
 */
@Tag("fault")
class RunFaultIT {

	static final String PERIOD = "2026-11";

	/** The outputs compared byte for byte with the clean run's. */
	static final List<String> COMPARED = List.of("ledger-" + PERIOD + ".csv", "payroll-" + PERIOD + ".csv",
			"data-warnings-" + PERIOD + ".csv", "rejected-rows.csv");

	@TempDir
	static Path shared;

	static Path month;

	static Path clean;

	@BeforeAll
	static void aGeneratedMonthAndItsCleanRun() throws Exception {
		month = shared.resolve("month");
		LedgerProcess.Result generated = LedgerProcess.run(shared.resolve("generator"), Map.of(), "generate",
				"--out=" + month, "--teams=17");
		assertThat(generated.exitCode()).as(generated.describe()).isZero();
		Path work = shared.resolve("clean");
		LedgerProcess.Result run = LedgerProcess.run(work, Map.of(), runArguments(List.of()));
		assertThat(run.exitCode()).as(run.describe()).isZero();
		clean = work.resolve("out").resolve(PERIOD);
		say("clean run on H2: " + run.stdout().lines().filter(line -> line.startsWith("Payroll: ")).findFirst().orElse(""));
	}

	@Test
	void onH2KilledDuringIngestThenScoringThenReportsAPlainRerunEndsAsTheCleanRun(@TempDir Path work) throws Exception {
		for (KillPoint point : List.of(KillPoint.INGEST, KillPoint.SCORING, KillPoint.REPORTS)) {
			killAt(point, work, Map.of(), List.of());
		}
		LedgerProcess.Result rerun = LedgerProcess.run(work, Map.of(), runArguments(List.of()));

		assertThat(rerun.exitCode()).as(rerun.describe()).isZero();
		assertSameAsClean(work, "H2 after kills during ingest, scoring and reports");
	}

	@Test
	void onH2APeopleFileThatComesLateGivesTheCleanRunsOutputsOnceItComes(@TempDir Path work) throws Exception {
		Path input = work.resolve("inbox");
		FileSystemUtils.copyRecursively(month, input);
		Path agents = Files.move(input.resolve("agents.csv"), work.resolve("agents.csv"));

		LedgerProcess.Result withoutPeople = LedgerProcess.run(work.resolve("run"), Map.of(), runArguments(input, List.of()));
		Files.move(agents, input.resolve("agents.csv"));
		LedgerProcess.Result withPeople = LedgerProcess.run(work.resolve("run"), Map.of(), runArguments(input, List.of()));

		say("late agents.csv: first run exit " + withoutPeople.exitCode() + ", "
				+ withoutPeople.stderr().lines().findFirst().orElse(""));
		assertThat(withoutPeople.exitCode()).as(withoutPeople.describe()).isEqualTo(1);
		assertThat(withoutPeople.stderr()).contains("no people file");
		assertThat(withPeople.exitCode()).as(withPeople.describe()).isZero();
		assertSameAsClean(work.resolve("run"), "H2 with agents.csv a run late");
	}

	@Test
	@EnabledIf("mySqlConfigured")
	void onTheMySqlServerKilledDuringIngestThenReportsAPlainRerunEndsAsTheCleanRun(@TempDir Path work) throws Exception {
		Databases database = Databases.freshOnTestServer("fault_kill");
		try {
			for (KillPoint point : List.of(KillPoint.INGEST, KillPoint.REPORTS)) {
				killAt(point, work, database.environment(), database.options());
			}
			LedgerProcess.Result rerun = LedgerProcess.run(work, database.environment(),
					runArguments(database.options()));

			assertThat(rerun.exitCode()).as(rerun.describe()).isZero();
			assertSameAsClean(work, "MySQL server after kills during ingest and reports");
			assertNothingLeftUnfinished(database);
		}
		finally {
			database.drop();
		}
	}

	@Test
	@EnabledIf("mySqlConfigured")
	void twoRunsAtOnceOnTheMySqlServerOneWaitsTheOtherIsRefusedAndNeitherSpoilsTheOutputs(@TempDir Path work)
			throws Exception {
		Databases database = Databases.freshOnTestServer("fault_two");
		try {
			LedgerProcess first = LedgerProcess.start(work.resolve("a"), database.environment(),
					runArguments(database.options()));
			assertThat(first.awaitLog(line -> line.contains("name=ingestJob]] launched"), Duration.ofMinutes(3)))
				.as("the first run started its ingest").isTrue();
			// the first holds the lease; stopped (SIGSTOP) it keeps holding it while the others start, however
			// fast it would have finished (the lease lasts 2 minutes unrenewed)
			signal(first, "STOP");
			LedgerProcess waiting;
			LedgerProcess.Result refused;
			try {
				waiting = LedgerProcess.start(work.resolve("c"), database.environment(),
						runArguments(concat(database.options(), "--ledger.lease.wait=PT10M")));
				refused = LedgerProcess.run(work.resolve("b"), database.environment(),
						runArguments(concat(database.options(), "--ledger.lease.wait=PT2S")));
			}
			finally {
				signal(first, "CONT");
			}
			boolean firstStillRunning = first.isAlive();
			LedgerProcess.Result firstDone = first.awaitExit(Duration.ofMinutes(10));
			LedgerProcess.Result waited = waiting.awaitExit(Duration.ofMinutes(10));

			say("two at once: the second, waiting 2 s, exit " + refused.exitCode() + ": "
					+ refused.stderr().strip().lines().reduce((a, b) -> b).orElse(""));
			boolean didWait = waited.stderr().contains("waiting up to 600 s for another run to finish");
			say("two at once: the third, started beside them, " + (didWait ? "waited for the first" : "found it done")
					+ " and exit " + waited.exitCode());
			assertThat(firstDone.exitCode()).as(firstDone.describe()).isZero();
			assertThat(refused.exitCode()).as(refused.describe()).isEqualTo(1);
			assertThat(refused.stderr().strip().lines().reduce((a, b) -> b).orElseThrow())
				.startsWith("conduct-ledger: another run holds this database (run " + PERIOD);
			assertThat(work.resolve("b/out/" + PERIOD + "/payroll-" + PERIOD + ".csv")).doesNotExist();
			assertThat(waited.exitCode()).as(waited.describe()).isZero();
			if (firstStillRunning) {
				// the first held the lease after the second gave up, so the third, started before, had to wait
				assertThat(didWait).as(waited.describe()).isTrue();
			}
			assertSameAsClean(work.resolve("a"), "MySQL server, the first of two runs at once");
			assertSameAsClean(work.resolve("c"), "MySQL server, the run that waited");
			assertNothingLeftUnfinished(database);
		}
		finally {
			database.drop();
		}
	}

	@Test
	@EnabledIf("ownServerPossible")
	void aDatabaseServerKilledMidIngestFailsTheRunWithoutAPayrollAndTheRerunEndsAsTheCleanRun(@TempDir Path work)
			throws Exception {
		try (OwnMariaDb server = OwnMariaDb.install(work)) {
			Databases database = Databases.onOwnServer(server);
			// fail fast once the server is gone, instead of Hikari's 30 s
			LedgerProcess run = LedgerProcess.start(work.resolve("run"), database.environment(),
					runArguments(concat(database.options(), "--spring.datasource.hikari.connection-timeout=5000")));
			assertThat(run.awaitLog(KillPoint.INGEST.marker, Duration.ofMinutes(3))).as("ingest reached attendance.csv")
				.isTrue();
			Thread.sleep(KillPoint.INGEST.delayMillis);
			server.kill();
			LedgerProcess.Result failed = run.awaitExit(Duration.ofMinutes(5));
			say("database outage on port " + server.port() + ": the run ended with exit " + failed.exitCode() + ": "
					+ failed.stderr().strip().lines().reduce((a, b) -> b).orElse(""));
			assertThat(failed.exitCode()).as(failed.describe()).isNotZero();
			assertThat(failed.stderr().strip().lines().reduce((a, b) -> b).orElseThrow()).startsWith("conduct-ledger: ");
			assertThat(work.resolve("run/out/" + PERIOD + "/payroll-" + PERIOD + ".csv")).doesNotExist();

			server.start();
			LedgerProcess.Result rerun = LedgerProcess.run(work.resolve("run"), database.environment(),
					runArguments(database.options()));

			assertThat(rerun.exitCode()).as(rerun.describe()).isZero();
			assertSameAsClean(work.resolve("run"), "own MariaDB server killed mid-ingest and started again");
			assertNothingLeftUnfinished(database);
		}
	}

	/** Starts the run, kills it with SIGKILL at the point, and checks what it left. */
	private static void killAt(KillPoint point, Path work, Map<String, String> environment, List<String> options)
			throws Exception {
		LedgerProcess run = LedgerProcess.start(work, environment, runArguments(options));
		boolean reached = run.awaitLog(point.marker, Duration.ofMinutes(5));
		assertThat(reached).as("the run reached the kill point " + point.description).isTrue();
		Thread.sleep(point.delayMillis);
		boolean aliveAtKill = run.isAlive();
		LedgerProcess.Result killed = run.kill();
		say("killed pid " + run.pid() + " with SIGKILL " + point.description + (aliveAtKill ? "" : " (it had ended)")
				+ ", exit " + killed.exitCode());
		assertThat(aliveAtKill).as("still running at the kill point " + point.description).isTrue();
		Path out = work.resolve("out").resolve(PERIOD);
		assertThat(out.resolve("payroll-" + PERIOD + ".csv")).as("no payroll from a run killed " + point.description)
			.doesNotExist();
		for (String name : COMPARED) {
			Path file = out.resolve(name);
			if (Files.exists(file)) {
				// a file that is there is whole: written under a partial name and moved into place
				assertThat(Files.mismatch(file, clean.resolve(name))).as(name + " left by the killed run").isEqualTo(-1L);
			}
		}
	}

	private static void assertSameAsClean(Path work, String what) throws IOException {
		Path out = work.resolve("out").resolve(PERIOD);
		for (String name : COMPARED) {
			assertThat(out.resolve(name)).as(what + ": " + name).exists();
			long mismatch = Files.mismatch(out.resolve(name), clean.resolve(name));
			assertThat(mismatch).as(what + ": " + name + " differs from the clean run's at byte " + mismatch).isEqualTo(-1L);
		}
		try (Stream<Path> files = Files.list(out)) {
			assertThat(files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".part")))
				.as("no partial file left in sight").isEmpty();
		}
		say(what + ": " + String.join(", ", COMPARED) + " byte for byte the same as the clean run's ("
				+ Files.size(out.resolve(COMPARED.get(0))) + " and " + Files.size(out.resolve(COMPARED.get(1)))
				+ " bytes of ledger and payroll)");
	}

	private static void assertNothingLeftUnfinished(Databases database) throws SQLException {
		assertThat(database.count("select count(*) from source_file where status <> 'COMPLETE'"))
			.as("files not COMPLETE").isZero();
		assertThat(database.count("select count(*) from BATCH_JOB_EXECUTION where STATUS in ('STARTING', 'STARTED')"))
			.as("executions left running").isZero();
	}

	private static String[] runArguments(List<String> options) {
		return runArguments(month, options);
	}

	private static String[] runArguments(Path input, List<String> options) {
		List<String> arguments = new ArrayList<>(List.of("run", "--input=" + input, "--period=" + PERIOD, "--out=out"));
		arguments.addAll(options);
		return arguments.toArray(String[]::new);
	}

	private static List<String> concat(List<String> options, String option) {
		List<String> all = new ArrayList<>(options);
		all.add(option);
		return all;
	}

	static boolean mySqlConfigured() {
		return Databases.mySqlConfigured();
	}

	static boolean ownServerPossible() {
		return OwnMariaDb.available();
	}

	private static void say(String line) {
		System.out.println("fault suite: " + line);
	}

	/** Where a run is killed: a line of its log, then a pause. */
	enum KillPoint {

		INGEST("during ingest (attendance.csv half loaded)",
				line -> line.contains("name=ingestJob]] launched") && line.contains("value=attendance.csv"), 250),
		SCORING("during scoring", line -> line.contains("name=scoringJob]] launched"), 200),
		REPORTS("during reports (the PDF packs being written)",
				line -> line.contains("period " + PERIOD + ": writing the ") && line.contains("PDF pack"), 200);

		final String description;

		final Predicate<String> marker;

		final long delayMillis;

		KillPoint(String description, Predicate<String> marker, long delayMillis) {
			this.description = description;
			this.marker = marker;
			this.delayMillis = delayMillis;
		}

	}

	/** Sends the process a signal by name ({@code STOP}, {@code CONT}) with the system's kill. */
	private static void signal(LedgerProcess process, String name) throws IOException, InterruptedException {
		Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
		assertThat(kill.waitFor()).as("kill -%s %d", name, process.pid()).isZero();
	}

}
