package com.conductledger.cli;

import java.nio.file.Path;

/**
 * The options of {@code run --input=DIR [--from=YYYY-MM] [--period=YYYY-MM] --out=DIR} (formats.md);
 * the period may be omitted (then the one that contains yesterday), and {@code from} too (then the
 * period alone).
 */
record RunArguments(Path input, String from, String period, Path out) {

	/** At most this many periods in one run. */
	static final int MAX_PERIODS = 12;

	static RunArguments from(CommandLine line) {
		return new RunArguments(Path.of(line.option("input").orElseThrow()), line.option("from").orElse(null),
				line.option("period").orElse(null), Path.of(line.option("out").orElseThrow()));
	}

}
