package com.conductledger.cli;

import java.util.List;
import java.util.Optional;

/**
 * What a command is: its name, one line on what it does, its options and an example; whether it
 * needs the application (Spring and the database) or runs on its own; the actions it takes as its
 * second word, if any ({@code schedule add}, {@code schedule list}).
 */
record CommandSpec(String name, String summary, List<Option> options, String example, boolean needsApplication,
		List<String> actions) {

	CommandSpec(String name, String summary, List<Option> options, String example, boolean needsApplication) {
		this(name, summary, options, example, needsApplication, List.of());
	}

	Optional<Option> option(String optionName) {
		return options.stream().filter(option -> option.name().equals(optionName)).findFirst();
	}

	/** How the command is typed: {@code run --input=DIR [--period=YYYY-MM] --out=DIR}. */
	String synopsis() {
		StringBuilder line = new StringBuilder(name.isEmpty() ? "" : name);
		if (!actions.isEmpty()) {
			line.append(' ').append(String.join("|", actions));
		}
		for (Option option : options) {
			line.append(line.isEmpty() ? "" : " ").append(option.isRequired() ? option.synopsis() : "[" + option.synopsis() + "]");
		}
		return line.toString();
	}

}
