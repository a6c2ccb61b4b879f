package com.conductledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code schedule add|list} and {@code whatif} are read as strictly as the other commands, before anything starts. */
class ScheduleAndWhatIfCommandLineTests {

	@TempDir
	Path dir;

	@Test
	void scheduleAddTakesAFileATitleAndAnEffectiveFrom() throws IOException {
		Path file = Files.writeString(dir.resolve("v2.yml"), "zone: Asia/Shanghai\n");
		CommandLine line = CommandLine.parse("schedule", "add", "--file=" + file, "--title=Excess swaps at 10",
				"--effective-from=2026-12");

		ArgumentChecks.check(line);
		assertThat(line.commandName()).isEqualTo("schedule");
		assertThat(line.action()).hasValue("add");
		assertThat(line.option("title")).hasValue("Excess swaps at 10");
		assertThat(line.needsApplication()).isTrue();
	}

	@Test
	void scheduleWithoutAnActionOrWithAMisspeltOneIsRefusedNamingTheActions() {
		assertThatThrownBy(() -> CommandLine.parse("schedule")).isInstanceOf(UsageException.class)
			.hasMessageStartingWith("schedule needs an action: add or list");
		assertThatThrownBy(() -> CommandLine.parse("schedule", "ad", "--file=x.yml"))
			.hasMessageStartingWith("unknown action 'ad' for schedule (did you mean 'add'?)");
	}

	@Test
	void scheduleAddNeedsAFileThatExists() {
		assertThatThrownBy(() -> ArgumentChecks.check(CommandLine.parse("schedule", "add")))
			.hasMessageStartingWith("schedule add needs --file=FILE");
		assertThatThrownBy(() -> ArgumentChecks.check(CommandLine.parse("schedule", "add", "--file=" + dir.resolve("no.yml"))))
			.hasMessageStartingWith("--file file not found: ");
		assertThatThrownBy(() -> ArgumentChecks.check(CommandLine.parse("schedule", "list", "--file=x.yml")))
			.hasMessage("--file is an option of schedule add, not of schedule list");
	}

	@Test
	void whatifNeedsAPeriodAProposalThatExistsAndAnOutputFolder() throws IOException {
		Path file = Files.writeString(dir.resolve("proposal.yml"), "zone: Asia/Shanghai\n");
		assertThatThrownBy(() -> CommandLine.parse("whatif", "--period=2026-11", "--out=out"))
			.hasMessageStartingWith("missing --schedule=FILE");
		assertThatThrownBy(() -> ArgumentChecks.check(CommandLine.parse("whatif", "--period=2026-13",
				"--schedule=" + file, "--out=out")))
			.hasMessage("period must be YYYY-MM, got '2026-13'");
		assertThatThrownBy(() -> ArgumentChecks.check(CommandLine.parse("whatif", "--period=2026-11",
				"--schedule=" + dir.resolve("missing.yml"), "--out=out")))
			.hasMessageStartingWith("--schedule file not found: ");
		ArgumentChecks.check(CommandLine.parse("whatif", "--period=2026-11", "--schedule=" + file, "--out=" + dir));
	}

	@Test
	void theHelpOfScheduleShowsItsActions() {
		assertThat(Commands.SCHEDULE.synopsis()).startsWith("schedule add|list [--file=FILE]");
		assertThat(Commands.WHATIF.synopsis()).isEqualTo("whatif --period=YYYY-MM --schedule=FILE --out=DIR");
	}

}
