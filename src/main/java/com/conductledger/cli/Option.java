package com.conductledger.cli;

/**
 * One {@code --name=value} option (or a {@code --name} flag) of a command, as its usage shows it:
 * what the value looks like, its default (or "required"), what it does.
 */
record Option(String name, String value, String defaultText, String description) {

	static Option required(String name, String value, String description) {
		return new Option(name, value, null, description);
	}

	static Option optional(String name, String value, String defaultText, String description) {
		return new Option(name, value, defaultText, description);
	}

	static Option flag(String name, String description) {
		return new Option(name, null, "off", description);
	}

	boolean isFlag() {
		return value == null;
	}

	boolean isRequired() {
		return defaultText == null;
	}

	/** {@code --name=VALUE} or {@code --name}. */
	String synopsis() {
		return isFlag() ? "--" + name : "--" + name + "=" + value;
	}

}
