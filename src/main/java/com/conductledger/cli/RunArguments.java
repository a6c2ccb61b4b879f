package com.conductledger.cli;

import java.nio.file.Path;
import java.util.List;

import org.springframework.boot.ApplicationArguments;

/** The options of {@code run --input=DIR --period=YYYY-MM --out=DIR} (formats.md); period may be omitted. */
record RunArguments(Path input, String period, Path out) {

	static RunArguments from(ApplicationArguments arguments) {
		return new RunArguments(Path.of(required(arguments, "input")), optional(arguments, "period"),
				Path.of(required(arguments, "out")));
	}

	private static String required(ApplicationArguments arguments, String name) {
		String value = optional(arguments, name);
		if (value == null) {
			throw new UsageException("missing --" + name + "=...; usage: run --input=DIR [--period=YYYY-MM] --out=DIR");
		}
		return value;
	}

	private static String optional(ApplicationArguments arguments, String name) {
		List<String> values = arguments.getOptionValues(name);
		if (values == null || values.isEmpty() || values.get(0).isBlank()) {
			return null;
		}
		return values.get(values.size() - 1).trim();
	}

	static final class UsageException extends RuntimeException {

		UsageException(String message) {
			super(message);
		}

	}

}
