package com.conductledger.cli;

import java.nio.file.Path;
import java.time.YearMonth;

import com.conductledger.sampledata.GeneratedMonth;
import com.conductledger.sampledata.SampleMonthGenerator;
import com.conductledger.sampledata.SampleMonthSpec;

/**
 * {@code generate}: writes a month of input files in the formats.md layout (see {@link Commands#GENERATE}).
 * Needs no database, so it runs without Spring.
 */
public final class GenerateCommand {

	private GenerateCommand() {
	}

	/** Runs the command (its options already checked by {@link CommandLine}) and returns the exit code. */
	public static int run(CommandLine line) {
		try {
			SampleMonthSpec sample = SampleMonthSpec.sample();
			YearMonth period = line.option("period").map(ArgumentChecks::period).orElse(sample.period());
			SampleMonthSpec spec = new SampleMonthSpec(Math.toIntExact(number(line, "teams", sample.teams())),
					Math.toIntExact(number(line, "agents-per-team", sample.agentsPerTeam())),
					number(line, "seed", sample.seed()), period, sample.cutoffDay());
			int months = Math.toIntExact(number(line, "months", 1));
			long started = System.nanoTime();
			GeneratedMonth month = new SampleMonthGenerator().generateMonths(Path.of(line.option("out").orElseThrow()), spec,
					months);
			System.out.printf("Generated %,d rows for %d teams of %d agents into %s in %d ms%n%s%n", month.totalRows(),
					spec.teams(), spec.agentsPerTeam(), line.option("out").orElseThrow(), (System.nanoTime() - started) / 1_000_000,
					month);
			return 0;
		}
		catch (IllegalArgumentException | ArithmeticException | UsageException ex) {
			System.err.println("conduct-ledger: " + ex.getMessage());
			return 2;
		}
	}

	private static long number(CommandLine line, String name, long fallback) {
		String value = line.option(name).orElse(null);
		if (value == null) {
			return fallback;
		}
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--" + name + " must be a whole number, got '" + value + "'");
		}
	}

}
