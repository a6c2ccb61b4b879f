package com.conductledger.cli;

import java.nio.file.Path;

/** The options of {@code run --input=DIR --period=YYYY-MM --out=DIR} (formats.md); period may be omitted. */
record RunArguments(Path input, String period, Path out) {

	static RunArguments from(CommandLine line) {
		return new RunArguments(Path.of(line.option("input").orElseThrow()), line.option("period").orElse(null),
				Path.of(line.option("out").orElseThrow()));
	}

}
