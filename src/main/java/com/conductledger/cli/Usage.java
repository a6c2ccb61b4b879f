package com.conductledger.cli;

import java.io.PrintStream;

/** The help text: an overview of every command, or one command with every option and its default. */
public final class Usage {

	private static final int WIDTH = 100;

	private Usage() {
	}

	public static void print(CommandLine line, PrintStream out) {
		if (line.command() == null) {
			overview(out);
		}
		else {
			command(line.command(), out);
		}
	}

	static void overview(PrintStream out) {
		out.println("Conduct Ledger: scores call-centre agents from the centre's regulations, nightly and explainably.");
		out.println();
		out.println("Usage: " + Commands.JAR + " COMMAND [--option=value ...]");
		out.println();
		out.println("Commands:");
		for (CommandSpec command : Commands.ALL) {
			out.print(wrap(String.format("  %-10s ", command.name().isEmpty() ? "(none)" : command.name()),
					command.summary()));
		}
		out.println();
		settings(out);
		out.println("Each command's options: " + Commands.JAR + " COMMAND --help");
	}

	static void command(CommandSpec command, PrintStream out) {
		out.println("Usage: " + Commands.JAR + (command.name().isEmpty() ? "" : " ") + command.synopsis());
		out.println();
		out.print(wrap("", command.summary()));
		if (!command.options().isEmpty()) {
			out.println();
			out.println("Options:");
			for (Option option : command.options()) {
				out.print(wrap(String.format("  %-22s ", option.synopsis()), option.description() + " ("
						+ (option.isRequired() ? "required" : "default: " + option.defaultText()) + ")"));
			}
		}
		if (command.needsApplication()) {
			out.println();
			settings(out);
		}
		out.println();
		out.println("Example:");
		out.println("  " + command.example());
	}

	/** The text after the lead, wrapped at {@value #WIDTH} columns, later lines indented under the first. */
	static String wrap(String lead, String text) {
		StringBuilder wrapped = new StringBuilder(lead);
		int column = lead.length();
		for (String word : text.split(" ")) {
			if (column > lead.length() && column + 1 + word.length() > WIDTH) {
				wrapped.append(System.lineSeparator()).append(" ".repeat(lead.length()));
				column = lead.length();
			}
			else if (column > lead.length()) {
				wrapped.append(' ');
				column++;
			}
			wrapped.append(word);
			column += word.length();
		}
		return wrapped.append(System.lineSeparator()).toString();
	}

	private static void settings(PrintStream out) {
		out.println("Settings pass to the commands that use the database, e.g. --spring.datasource.url=... (default: the");
		out.println("embedded H2 database under ./data), --spring.profiles.active=mysql, --ledger.schedule=file:FILE");
		out.println("(default: the shipped penalty schedule), --server.port=N; see README.md.");
	}

}
