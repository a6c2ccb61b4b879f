package com.conductledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import com.conductledger.schedule.ScheduleException;
import com.conductledger.schedule.ScheduleVersion;
import com.conductledger.versions.ScheduleVersions;

/**
 * {@code schedule add --file=F [--title=T] [--effective-from=YYYY-MM]} adds a schedule version
 * (validated as at start-up; refused, exit 1, with the key or the FINAL period named);
 * {@code schedule list} prints every version.
 */
@Component
class ScheduleCommand implements ApplicationRunner, ExitCodeGenerator {

	private final ScheduleVersions versions;

	private int exitCode;

	ScheduleCommand(ScheduleVersions versions) {
		this.versions = versions;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		CommandLine line = CommandLine.parse(arguments.getSourceArgs());
		if (!line.commandName().equals(Commands.SCHEDULE.name())) {
			return;
		}
		if (line.action().filter("add"::equals).isPresent()) {
			add(line);
		}
		versions.all().forEach(ScheduleCommand::print);
	}

	private void add(CommandLine line) {
		Path file = Path.of(line.option("file").orElseThrow());
		try {
			ScheduleVersion added = versions.add(Files.readAllBytes(file), file.getFileName().toString(),
					line.option("title"), line.option("effective-from"), "command line (" + System.getProperty("user.name") + ")");
			System.out.printf("Added schedule version %d, in force from %s on%n", added.number(), added.effectiveFrom());
		}
		catch (ScheduleException ex) {
			System.err.println("conduct-ledger: schedule refused: " + ex.getMessage());
			exitCode = 1;
		}
		catch (IOException ex) {
			System.err.println("conduct-ledger: cannot read " + file + ": " + ex.getMessage());
			exitCode = 1;
		}
	}

	private static void print(ScheduleVersion version) {
		System.out.printf("version %d  from %-7s  sha256 %s  %s%s%n", version.number(),
				version.effectiveFrom().isEmpty() ? "(first)" : version.effectiveFrom(), version.sha256(), version.title(),
				version.addedBy() == null ? "  (the configured file)" : "  (added by " + version.addedBy() + " at "
						+ version.addedAt() + ")");
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
