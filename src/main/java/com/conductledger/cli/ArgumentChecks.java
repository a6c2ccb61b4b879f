package com.conductledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * What can be checked of a command's arguments before the application starts (it takes seconds):
 * the period's form, that the input folder exists, that an output folder is not a file.
 */
public final class ArgumentChecks {

	private ArgumentChecks() {
	}

	public static void check(CommandLine line) {
		line.option("period").ifPresent(ArgumentChecks::period);
		line.option("from").ifPresent(from -> {
			YearMonth first = period(from);
			line.option("period").map(ArgumentChecks::period).filter(last -> first.isAfter(last)).ifPresent(last -> {
				throw new UsageException("--from=" + from + " comes after --period=" + last);
			});
		});
		line.option("input").ifPresent(input -> {
			Path folder = Path.of(input);
			if (!Files.isDirectory(folder)) {
				throw new UsageException("input folder not found: " + folder.toAbsolutePath().normalize());
			}
		});
		if (line.commandName().equals(Commands.SCHEDULE.name())) {
			schedule(line);
		}
		if (line.commandName().equals(Commands.WHATIF.name())) {
			existingFile(line.option("schedule").orElseThrow(), "--schedule");
		}
		if (!line.commandName().equals(Commands.TEMPLATE.name())) {
			line.option("out").ifPresent(out -> notAFile(Path.of(out), "--out"));
		}
	}

	private static void schedule(CommandLine line) {
		boolean add = line.action().filter("add"::equals).isPresent();
		if (add) {
			existingFile(line.option("file").orElseThrow(() -> new UsageException("schedule add needs --file=FILE; see: "
					+ "schedule --help")), "--file");
			line.option("effective-from").ifPresent(ArgumentChecks::period);
		}
		else {
			for (String option : new String[] { "file", "title", "effective-from" }) {
				if (line.option(option).isPresent()) {
					throw new UsageException("--" + option + " is an option of schedule add, not of schedule list");
				}
			}
		}
	}

	private static void existingFile(String value, String option) {
		Path file = Path.of(value);
		if (!Files.isRegularFile(file)) {
			throw new UsageException(option + " file not found: " + file.toAbsolutePath().normalize());
		}
	}

	static YearMonth period(String value) {
		try {
			return YearMonth.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw new UsageException("period must be YYYY-MM, got '" + value + "'");
		}
	}

	private static void notAFile(Path folder, String option) {
		if (Files.exists(folder) && !Files.isDirectory(folder)) {
			throw new UsageException(option + " must name a folder, but " + folder.toAbsolutePath().normalize()
					+ " is a file");
		}
	}

}
