package com.conductledger.cli;

import java.util.HashMap;
import java.util.Map;

/** The {@code --name=value} options of the commands that run without Spring ({@code generate}, {@code template}). */
final class CommandOptions {

	private CommandOptions() {
	}

	static Map<String, String> parse(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}

}
