package com.conductledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.support.ChildJvm;
import com.conductledger.support.ChildJvm.Run;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar's main checks the command line before it starts anything: help, a misspelt option, a bad
 * period or a missing folder is answered at once, without Spring (no database is created in the
 * working directory, no web server is started).
 */
class CommandLineMainTests {

	@TempDir
	Path work;

	@Test
	void helpPrintsTheOverviewAndExitsZeroWithoutStarting() throws Exception {
		for (String help : new String[] { "--help", "help", "-h" }) {
			Run run = ChildJvm.run(work, help);

			assertThat(run.exitCode()).as(help).isZero();
			assertThat(run.stdout()).as(help).contains("Commands:", "  run ", "  close ");
			assertThat(run.stderr()).as(help).isEmpty();
		}
		assertNothingStarted();
	}

	@Test
	void aCommandsHelpPrintsItsUsage() throws Exception {
		Run run = ChildJvm.run(work, "run", "--help");

		assertThat(run.exitCode()).isZero();
		assertThat(run.stdout()).contains("Usage: java -jar target/conduct-ledger.jar run --input=DIR [--period=YYYY-MM] --out=DIR",
				"default: the period that contains yesterday", "Example:");
		assertNothingStarted();
	}

	@Test
	void aMisspeltOptionIsRefusedAtOnceNamingTheOneMeant() throws Exception {
		Run run = ChildJvm.run(work, "run", "--perod=2026-11", "--input=" + work, "--out=" + work.resolve("out"));

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.stderr().lines()).containsExactly(
				"conduct-ledger: unknown option --perod for run (did you mean --period?); see: run --help");
		assertThat(run.stdout()).isEmpty();
		assertNothingStarted();
	}

	@Test
	void aBadPeriodAndAMissingFolderAreReportedBeforeTheStart() throws Exception {
		Run period = ChildJvm.run(work, "run", "--input=" + work, "--period=November", "--out=" + work.resolve("out"));
		Run folder = ChildJvm.run(work, "run", "--input=" + work.resolve("nowhere"), "--out=" + work.resolve("out"));

		assertThat(period.exitCode()).isEqualTo(2);
		assertThat(period.stderr().lines()).containsExactly("conduct-ledger: period must be YYYY-MM, got 'November'");
		assertThat(folder.exitCode()).isEqualTo(2);
		assertThat(folder.stderr().lines()).containsExactly("conduct-ledger: input folder not found: " + work.resolve("nowhere"));
		assertNothingStarted();
	}

	@Test
	void anUnknownOptionWithoutACommandDoesNotStartTheWebServer() throws Exception {
		Run run = ChildJvm.run(work, "--inbox=/tmp");

		assertThat(run.exitCode()).isEqualTo(2);
		assertThat(run.stderr()).startsWith("conduct-ledger: unknown option --inbox");
		assertNothingStarted();
	}

	/** Spring would have created the embedded database (./data) and its log there. */
	private void assertNothingStarted() {
		assertThat(Files.exists(work.resolve("data"))).as("./data created: the application started").isFalse();
	}

}
