package com.conductledger.cli;

import java.nio.file.Path;
import java.util.Map;

import com.conductledger.sampledata.GeneratedMonth;
import com.conductledger.sampledata.SampleMonthGenerator;
import com.conductledger.sampledata.SampleMonthSpec;

/**
 * {@code generate --out=DIR [--teams=N] [--agents-per-team=N] [--seed=N]}: writes a month of
 * input files in the formats.md layout (the shipped {@code sample-data/} with the defaults; about
 * 10,000 agents with {@code --teams=834}). Needs no database, so it runs without Spring.
 */
public final class GenerateCommand {

	public static final String COMMAND = "generate";

	private GenerateCommand() {
	}

	/** Runs the command and returns the exit code. */
	public static int run(String[] args) {
		Map<String, String> options = CommandOptions.parse(args);
		if (!options.containsKey("out")) {
			System.err.println("conduct-ledger: missing --out=DIR; usage: generate --out=DIR [--teams=N] "
					+ "[--agents-per-team=N] [--seed=N]");
			return 2;
		}
		try {
			SampleMonthSpec sample = SampleMonthSpec.sample();
			SampleMonthSpec spec = new SampleMonthSpec(Math.toIntExact(number(options, "teams", sample.teams())),
					Math.toIntExact(number(options, "agents-per-team", sample.agentsPerTeam())),
					number(options, "seed", sample.seed()), sample.period(), sample.cutoffDay());
			long started = System.nanoTime();
			GeneratedMonth month = new SampleMonthGenerator().generate(Path.of(options.get("out")), spec);
			System.out.printf("Generated %,d rows for %d teams of %d agents into %s in %d ms%n%s%n", month.totalRows(),
					spec.teams(), spec.agentsPerTeam(), options.get("out"), (System.nanoTime() - started) / 1_000_000,
					month);
			return 0;
		}
		catch (IllegalArgumentException | ArithmeticException ex) {
			System.err.println("conduct-ledger: " + ex.getMessage());
			return 2;
		}
	}

	private static long number(Map<String, String> options, String name, long fallback) {
		String value = options.get(name);
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
