package com.conductledger.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.ConductLedgerApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line of formats.md as a user runs it: a separate JVM with its own embedded H2 file
 * database, its real exit code, standard output and standard error.
 */
class RunCommandIntegrationTests {

	@TempDir
	static Path work;

	static Run sampleRun;

	@BeforeAll
	static void runOnTheSampleMonth() throws Exception {
		// the README's first command: the three months of the sample, oldest first
		sampleRun = run(work, "run", "--input=" + Path.of("sample-data").toAbsolutePath(), "--from=2026-09",
				"--period=2026-11", "--out=" + work.resolve("out"));
	}

	@Test
	void runningTheSampleMonthExitsZeroAndPrintsASummaryPerFile() {
		assertThat(sampleRun.exitCode()).as(sampleRun.stderr()).isZero();
		assertThat(sampleRun.stdout()).contains("period 2026-11 (2026-10-26..2026-11-25)")
			.contains("agents.csv")
			.contains("roster.csv")
			.contains("evaluations/")
			.containsPattern("total\\s+\\d+\\s+0");
		assertThat(sampleRun.stderr()).isEmpty();
	}

	@Test
	void runningTheSampleMonthWritesAnEmptyRejectedRowsFile() throws IOException {
		assertThat(Files.readAllLines(work.resolve("out/2026-11/rejected-rows.csv")))
			.containsExactly("file,row,column,value,reason");
	}

	/** The team packs of an open period are rendered when asked for (TeamPacksOnRequestIntegrationTests). */
	@Test
	void runningTheSampleMonthsWritesEveryOutputOfFormatsMdForEachOfThem() throws IOException {
		for (String period : List.of("2026-09", "2026-10", "2026-11")) {
			try (java.util.stream.Stream<Path> files = Files.list(work.resolve("out").resolve(period))) {
				assertThat(files.map(file -> file.getFileName().toString())).as(period).containsExactlyInAnyOrder(
						"rejected-rows.csv", "ledger-" + period + ".csv", "data-warnings-" + period + ".csv",
						"scorecards-" + period + ".xlsx", "scorecards-" + period + ".pdf", "payroll-" + period + ".csv",
						"payroll-" + period + ".manifest.json");
			}
		}
		assertThat(sampleRun.stdout()).contains("Payroll: 39 rows, 416 points, deductions 4160.00, rewards 600.00 CNY");
		assertThat(sampleRun.stdout().lines().filter(line -> line.startsWith("Payroll: "))).hasSize(3);
	}

	@Test
	void aFileThatIsNotAWorkbookIsReportedTheOthersAreTakenAndNoPayrollIsWrittenOnIncompleteData(@TempDir Path dir)
			throws Exception {
		Path input = Files.createDirectories(dir.resolve("in/evaluations"));
		Files.copy(Path.of("sample-data/agents.csv"), dir.resolve("in/agents.csv"));
		Files.writeString(input.resolve("qa.xlsx"), "not a workbook");

		Run run = run(dir, "run", "--input=" + dir.resolve("in"), "--period=2026-11", "--out=" + dir.resolve("out"));

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stdout()).containsPattern("agents.csv\\s+AGENTS\\s+UTF-8\\s+TAKEN");
		assertThat(run.stderr().lines()).singleElement()
			.asString()
			.contains("1 file(s) could not be taken, so no ledger, reports or payroll were written for 2026-11; "
					+ "first: evaluations/qa.xlsx is not an Excel workbook");
		assertThat(Files.readString(dir.resolve("out/2026-11/rejected-rows.csv")))
			.contains("evaluations/qa.xlsx,,,,\"evaluations/qa.xlsx is not an Excel workbook");
		assertThat(dir.resolve("out/2026-11/payroll-2026-11.csv")).doesNotExist();
		assertThat(dir.resolve("out/2026-11/ledger-2026-11.csv")).doesNotExist();
	}

	@Test
	void closeShowsWhatPayrollWouldTakeThenClosesOnlyWithConfirmationAndOnlyOnce() throws Exception {
		Path closed = work.resolve("closed");

		Run preview = run(work, "close", "--period=2026-11", "--out=" + closed);
		Run close = run(work, "close", "--period=2026-11", "--out=" + closed, "--confirm");
		Run again = run(work, "close", "--period=2026-11", "--out=" + closed, "--confirm");

		assertThat(preview.exitCode()).as(preview.stderr()).isEqualTo(CloseCommand.NOT_CONFIRMED);
		assertThat(preview.stdout()).contains("would make its payroll final: 39 rows, 416 points, deductions 4160.00, "
				+ "rewards 600.00, net -3560.00 CNY");
		assertThat(preview.stderr().lines()).singleElement().asString().contains("nothing closed", "--confirm");
		assertThat(close.exitCode()).as(close.stderr()).isZero();
		assertThat(close.stdout()).contains("Closed 2026-11: FINAL. Payroll: 39 rows, 416 points");
		assertThat(Files.readString(closed.resolve("2026-11/payroll-2026-11.manifest.json"))).contains("\"final\": true");
		assertThat(again.exitCode()).isEqualTo(1);
		assertThat(again.stderr().lines()).singleElement().asString().contains("2026-11 is already FINAL");
	}

	@Test
	void aDatabaseHeldByTheWebApplicationIsExplainedInOneLine(@TempDir Path dir) throws Exception {
		String url = "jdbc:h2:file:" + dir.resolve("data/ledger") + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
				+ "CASE_INSENSITIVE_IDENTIFIERS=TRUE";
		try (Connection held = DriverManager.getConnection(url, "sa", "")) {
			Run run = run(dir, "run", "--input=" + dir, "--period=2026-11", "--out=" + dir.resolve("out"));

			assertThat(run.exitCode()).isEqualTo(1);
			assertThat(run.stderr().lines()).singleElement().asString()
				.startsWith("conduct-ledger: the embedded database is in use by another Conduct Ledger process")
				.contains("stop it first", "Rescore now")
				.doesNotContain("90020");
		}
	}

	@Test
	void aFileWhoseNameIsNotAnInputIsTakenForNothingAndTheExitCodeSaysSo(@TempDir Path dir) throws Exception {
		Files.createDirectories(dir.resolve("in"));
		Files.copy(Path.of("sample-data/agents.csv"), dir.resolve("in/agents-2026-11-25.csv"));
		Files.writeString(dir.resolve("in/rota.csv"), "agent_id,date\n");

		Run run = run(dir, "run", "--input=" + dir.resolve("in"), "--period=2026-11", "--out=" + dir.resolve("out"));

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stdout()).containsPattern("agents-2026-11-25.csv\\s+AGENTS\\s+UTF-8\\s+TAKEN")
			.containsPattern("rota.csv\\s+-\\s+-\\s+IGNORED");
		assertThat(run.stderr().lines()).singleElement().asString()
			.contains("1 file(s) not taken, their names are not input files of formats.md: rota.csv");
	}

	@Test
	void anUnreadableDatabaseExitsNonZeroWithOneLine(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("data"), "a file where the database folder should be");

		Run run = run(dir, "run", "--input=" + dir, "--period=2026-11", "--out=" + dir.resolve("out"));

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.stderr().lines()).singleElement().asString().startsWith("conduct-ledger: cannot start: ");
	}

	@Test
	void aMonthWhosePeopleFileComesANightLateIsScoredInFullOnceItComes(@TempDir Path dir) throws Exception {
		Path folder = Files.createDirectories(dir.resolve("in"));
		copySampleMonthWithout(folder, "agents.csv");

		Run withoutPeople = run(dir, "run", "--input=" + folder, "--period=2026-11", "--out=" + dir.resolve("out"));

		assertThat(withoutPeople.exitCode()).isEqualTo(1);
		assertThat(withoutPeople.stderr()).contains("conduct-ledger: payroll 2026-11: no people file (agents.csv) has been taken");
		assertThat(Files.readString(dir.resolve("out/2026-11/payroll-2026-11.manifest.json")))
			.contains("\"people_file\": \"MISSING\"");
		assertThat(Files.readAllLines(dir.resolve("out/2026-11/rejected-rows.csv"))).hasSizeGreaterThan(2000)
			.allMatch(line -> line.startsWith("file,") || line.contains("unknown agent: not in agents.csv"));

		Files.write(folder.resolve("agents.csv"), iconv("GB18030", Path.of("sample-data/agents.csv")));
		Run nextNight = run(dir, "run", "--input=" + folder, "--period=2026-11", "--out=" + dir.resolve("out"));

		assertThat(nextNight.exitCode()).as(nextNight.stderr()).isZero();
		assertThat(nextNight.stderr()).isEmpty();
		assertThat(nextNight.stdout()).containsPattern("agents.csv\\s+AGENTS\\s+GB18030\\s+TAKEN\\s+41\\s+0")
			.contains("rows of roster.csv that waited for people: 908 taken now")
			.containsPattern("roster.csv\\s+ROSTER\\s+UTF-8\\s+UNCHANGED\\s+908\\s+0")
			.contains("Payroll: 39 rows, 416 points, deductions 4160.00, rewards 600.00 CNY");
		assertThat(Files.readAllLines(dir.resolve("out/2026-11/rejected-rows.csv"))).containsExactly("file,row,column,value,reason");
		for (String output : List.of("payroll-2026-11.csv", "ledger-2026-11.csv")) {
			assertThat(dir.resolve("out/2026-11/" + output)).as(output + " as if agents.csv had come on time")
				.hasSameBinaryContentAs(work.resolve("out/2026-11/" + output));
		}
	}

	private static void copySampleMonthWithout(Path folder, String left) throws IOException {
		try (java.util.stream.Stream<Path> files = Files.walk(Path.of("sample-data"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path relative = Path.of("sample-data").relativize(file);
				if (!relative.toString().equals(left)) {
					Files.createDirectories(folder.resolve(relative).getParent());
					Files.copy(file, folder.resolve(relative));
				}
			}
		}
	}

	/** The file in another encoding, made by iconv as a user would make it. */
	private static byte[] iconv(String encoding, Path file) throws Exception {
		Process iconv;
		try {
			iconv = new ProcessBuilder("iconv", "-f", "UTF-8", "-t", encoding, file.toString()).start();
		}
		catch (IOException ex) {
			org.junit.jupiter.api.Assumptions.abort("iconv is not installed: " + ex.getMessage());
			throw ex;
		}
		byte[] converted = iconv.getInputStream().readAllBytes();
		assertThat(iconv.waitFor()).isZero();
		return converted;
	}

	private static Run run(Path workingDirectory, String... arguments) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), ConductLedgerApplication.class.getName()));
		command.addAll(List.of(arguments));
		command.add("--ledger.schedule=file:" + Path.of("jobs/penalty-schedule.yml").toAbsolutePath());
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectOutput(workingDirectory.resolve("stdout.txt").toFile())
			.redirectError(workingDirectory.resolve("stderr.txt").toFile())
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("run did not finish in 10 minutes");
		}
		return new Run(process.exitValue(), Files.readString(workingDirectory.resolve("stdout.txt"), StandardCharsets.UTF_8),
				Files.readString(workingDirectory.resolve("stderr.txt"), StandardCharsets.UTF_8));
	}

	record Run(int exitCode, String stdout, String stderr) {
	}

}
