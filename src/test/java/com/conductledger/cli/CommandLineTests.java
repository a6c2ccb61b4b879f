package com.conductledger.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The command line is read strictly, before anything starts: every mistake is named with what was meant. */
class CommandLineTests {

	@Test
	void aMisspeltPeriodIsRefusedNamingTheOptionMeant() {
		assertThatThrownBy(() -> CommandLine.parse("run", "--perod=2026-11", "--input=in", "--out=out"))
			.isInstanceOf(UsageException.class)
			.hasMessageStartingWith("unknown option --perod for run (did you mean --period?)");
	}

	@Test
	void aMisspeltInputIsNamedRatherThanReportedMissing() {
		assertThatThrownBy(() -> CommandLine.parse("run", "--inptu=in", "--out=out"))
			.hasMessageStartingWith("unknown option --inptu for run (did you mean --input?)");
	}

	@Test
	void anOptionOfAnotherCommandSaysWhichCommandItBelongsTo() {
		assertThatThrownBy(() -> CommandLine.parse("run", "--confirm", "--input=in", "--out=out"))
			.hasMessageStartingWith("unknown option --confirm for run (--confirm is an option of close)");
	}

	@Test
	void anOptionFarFromEveryKnownOneIsRefusedWithoutAGuess() {
		assertThatThrownBy(() -> CommandLine.parse("generate", "--out=o", "--colour=red"))
			.hasMessage("unknown option --colour for generate; see: generate --help");
	}

	@Test
	void springAndApplicationSettingsPassToEveryCommand() {
		CommandLine line = CommandLine.parse("run", "--input=in", "--out=out", "--spring.datasource.url=jdbc:h2:mem:x",
				"--ledger.schedule=file:s.yml", "--server.port=9", "--logging.level.root=WARN", "--debug");

		assertThat(line.commandName()).isEqualTo("run");
		assertThat(line.option("input")).hasValue("in");
		assertThat(line.option("period")).isEmpty();
	}

	@Test
	void aMissingRequiredOptionIsNamedWithItsForm() {
		assertThatThrownBy(() -> CommandLine.parse("run", "--input=in"))
			.hasMessageStartingWith("missing --out=DIR");
	}

	@Test
	void aValueWrittenWithASpaceIsRefusedSayingToUseTheEqualsSign() {
		assertThatThrownBy(() -> CommandLine.parse("close", "--period", "2026-11"))
			.hasMessageStartingWith("--period needs a value, written with '=': --period=YYYY-MM");
	}

	@Test
	void aStrayWordIsRefused() {
		assertThatThrownBy(() -> CommandLine.parse("run", "--input=in", "--out=out", "2026-11"))
			.hasMessageStartingWith("unexpected argument '2026-11'");
	}

	@Test
	void anOptionGivenTwiceIsRefused() {
		assertThatThrownBy(() -> CommandLine.parse("run", "--input=a", "--input=b", "--out=out"))
			.hasMessageStartingWith("--input is given twice");
	}

	@Test
	void aFlagTakesNoValue() {
		assertThatThrownBy(() -> CommandLine.parse("close", "--period=2026-11", "--confirm=yes"))
			.hasMessageStartingWith("--confirm takes no value");
		assertThat(CommandLine.parse("close", "--period=2026-11", "--confirm").flag("confirm")).isTrue();
		assertThat(CommandLine.parse("close", "--period=2026-11").flag("confirm")).isFalse();
	}

	@Test
	void aMisspeltCommandIsRefusedNamingTheCommandMeant() {
		assertThatThrownBy(() -> CommandLine.parse("rnu", "--input=in"))
			.hasMessageStartingWith("unknown command 'rnu' (did you mean 'run'?)");
	}

	@Test
	void withoutACommandUnknownOptionsAreRefusedToo() {
		assertThatThrownBy(() -> CommandLine.parse("--perod=2026-11"))
			.hasMessageStartingWith("unknown option --perod (did you mean run --period?)");
		assertThat(CommandLine.parse("--server.port=8081").isWeb()).isTrue();
	}

	@Test
	void helpIsAskedForInEveryUsualWay() {
		assertThat(CommandLine.parse("--help").help()).isTrue();
		assertThat(CommandLine.parse("help").help()).isTrue();
		assertThat(CommandLine.parse("run", "--help").commandName()).isEqualTo("run");
		assertThat(CommandLine.parse("run", "--perod=x", "--help").help()).as("help wins over a mistake").isTrue();
		assertThat(CommandLine.parse("help", "close").commandName()).isEqualTo("close");
		assertThat(CommandLine.parse("run", "-h").needsApplication()).isFalse();
	}

	@Test
	void theOverviewNamesEveryCommand() {
		String overview = printed(CommandLine.parse("--help"));

		assertThat(overview).contains("  run ", "  close ", "  generate ", "  template ", "  help ", "(none)");
	}

	@Test
	void eachCommandsUsageListsEveryOptionWithItsDefaultAndAnExample() {
		for (CommandSpec command : Commands.ALL) {
			if (command == Commands.HELP) {
				continue;
			}
			String usage = printed(CommandLine.parse(command.name().isEmpty() ? "--server.port=1" : command.name(), "--help"))
				.replaceAll("\\s+", " ");
			if (command.name().isEmpty()) {
				continue;
			}
			assertThat(usage).as(command.name()).contains("Usage: java -jar target/conduct-ledger.jar " + command.name(),
					"Example:", command.example());
			for (Option option : command.options()) {
				assertThat(usage).as(command.name() + " --" + option.name())
					.contains(option.synopsis())
					.contains(option.isRequired() ? "(required)" : "(default: " + option.defaultText() + ")");
			}
		}
		assertThat(printed(CommandLine.parse("run", "--help"))).contains("--period=YYYY-MM",
				"default: the period that contains yesterday");
	}

	@Test
	void nearestCountsASwapOfNeighboursAsOneEdit() {
		assertThat(Nearest.distance("perod", "period")).isEqualTo(1);
		assertThat(Nearest.distance("inptu", "input")).isEqualTo(1);
		assertThat(Nearest.distance("same", "same")).isZero();
	}

	private static String printed(CommandLine line) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Usage.print(line, new PrintStream(bytes, true, StandardCharsets.UTF_8));
		return bytes.toString(StandardCharsets.UTF_8);
	}

}
