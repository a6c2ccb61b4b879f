package com.conductledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What can be told wrong before the application starts is told at once. */
class ArgumentChecksTests {

	@TempDir
	Path dir;

	@Test
	void aMissingInputFolderIsNamed() {
		assertThatThrownBy(() -> ArgumentChecks.check(CommandLine.parse("run", "--input=" + dir.resolve("nowhere"),
				"--out=" + dir)))
			.hasMessage("input folder not found: " + dir.resolve("nowhere"));
	}

	@Test
	void aPeriodNotWrittenYyyyMmIsRefused() {
		assertThatThrownBy(() -> ArgumentChecks.check(CommandLine.parse("close", "--period=November")))
			.hasMessage("period must be YYYY-MM, got 'November'");
		assertThatThrownBy(() -> ArgumentChecks.check(CommandLine.parse("close", "--period=2026-13")))
			.hasMessage("period must be YYYY-MM, got '2026-13'");
	}

	@Test
	void anOutputFolderThatIsAFileIsRefused() throws IOException {
		Path file = Files.writeString(dir.resolve("out"), "a file");

		assertThatThrownBy(() -> ArgumentChecks.check(CommandLine.parse("run", "--input=" + dir, "--out=" + file)))
			.hasMessageContaining("--out must name a folder");
	}

	@Test
	void goodArgumentsPass() {
		assertThatCode(() -> ArgumentChecks.check(CommandLine.parse("run", "--input=" + dir, "--period=2026-11",
				"--out=" + dir.resolve("new"))))
			.doesNotThrowAnyException();
	}

}
