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
		if (!line.commandName().equals(Commands.TEMPLATE.name())) {
			line.option("out").ifPresent(out -> notAFile(Path.of(out), "--out"));
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
