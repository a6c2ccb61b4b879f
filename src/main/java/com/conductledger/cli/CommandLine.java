package com.conductledger.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The command line read strictly, before anything starts: the command, its options, and whether
 * help was asked for. An unknown or misspelt option, a missing value, a stray word or a missing
 * required option is a {@link UsageException} naming it (and the nearest known option); Spring
 * Boot's and the application's own settings ({@code --spring.*}, {@code --ledger.*}, ...) pass.
 */
public final class CommandLine {

	private static final Set<String> HELP_OPTIONS = Set.of("--help", "-h", "-?");

	private final CommandSpec command;

	private final Map<String, String> options;

	private final boolean help;

	private final String[] arguments;

	private final String action;

	private CommandLine(CommandSpec command, Map<String, String> options, boolean help, String[] arguments) {
		this(command, options, help, arguments, null);
	}

	private CommandLine(CommandSpec command, Map<String, String> options, boolean help, String[] arguments,
			String action) {
		this.command = command;
		this.options = options;
		this.help = help;
		this.arguments = arguments;
		this.action = action;
	}

	public static CommandLine parse(String... arguments) {
		List<String> words = new ArrayList<>();
		List<String> optionArguments = new ArrayList<>();
		boolean help = false;
		for (String argument : arguments) {
			if (HELP_OPTIONS.contains(argument)) {
				help = true;
			}
			else if (argument.startsWith("-")) {
				optionArguments.add(argument);
			}
			else {
				words.add(argument);
			}
		}
		if (!words.isEmpty() && words.get(0).equals(Commands.HELP.name())) {
			return helpFor(words.subList(1, words.size()), arguments);
		}
		CommandSpec command = words.isEmpty() ? Commands.WEB : Commands.named(words.get(0))
			.orElseThrow(() -> new UsageException("unknown command '" + words.get(0) + "'"
					+ Nearest.of(words.get(0), commandNames()).map(name -> " (did you mean '" + name + "'?)").orElse("")
					+ "; the commands are " + String.join(", ", commandNames()) + ", or none to start the web interface"));
		if (help) {
			return new CommandLine(words.isEmpty() ? null : command, Map.of(), true, arguments);
		}
		Map<String, String> options = new LinkedHashMap<>();
		for (String argument : optionArguments) {
			read(command, argument, options);
		}
		String action = null;
		if (!command.actions().isEmpty()) {
			action = action(command, words);
			words.remove(1);
		}
		if (words.size() > 1) {
			throw new UsageException("unexpected argument '" + words.get(1) + "'"
					+ (command.options().isEmpty() ? "" : ": options are written --name=value, e.g. "
							+ command.options().get(0).synopsis()) + seeHelp(command));
		}
		for (Option option : command.options()) {
			if (option.isRequired() && !options.containsKey(option.name())) {
				throw new UsageException("missing " + option.synopsis() + seeHelp(command));
			}
		}
		return new CommandLine(command, Map.copyOf(options), false, arguments.clone(), action);
	}

	private static String action(CommandSpec command, List<String> words) {
		String actions = String.join(" or ", command.actions());
		if (words.size() < 2) {
			throw new UsageException(command.name() + " needs an action: " + actions + seeHelp(command));
		}
		String action = words.get(1);
		if (!command.actions().contains(action)) {
			throw new UsageException("unknown action '" + action + "' for " + command.name()
					+ Nearest.of(action, command.actions()).map(name -> " (did you mean '" + name + "'?)").orElse("")
					+ "; the actions are " + actions + seeHelp(command));
		}
		return action;
	}

	private static CommandLine helpFor(List<String> words, String[] arguments) {
		if (words.isEmpty()) {
			return new CommandLine(null, Map.of(), true, arguments);
		}
		CommandSpec command = Commands.named(words.get(0))
			.filter(spec -> !spec.name().isEmpty())
			.orElseThrow(() -> new UsageException("no command '" + words.get(0) + "' to explain; the commands are "
					+ String.join(", ", commandNames())));
		return new CommandLine(command, Map.of(), true, arguments);
	}

	private static void read(CommandSpec command, String argument, Map<String, String> options) {
		if (!argument.startsWith("--") || argument.length() == 2) {
			throw new UsageException("unknown option '" + argument + "': options are written --name=value" + seeHelp(command));
		}
		int equals = argument.indexOf('=');
		String name = equals < 0 ? argument.substring(2) : argument.substring(2, equals);
		if (Commands.isSetting(name)) {
			return;
		}
		Option option = command.option(name).orElseThrow(() -> unknownOption(command, name));
		if (option.isFlag()) {
			if (equals >= 0) {
				throw new UsageException("--" + name + " takes no value" + seeHelp(command));
			}
			options.put(name, "true");
			return;
		}
		String value = equals < 0 ? "" : argument.substring(equals + 1).trim();
		if (value.isEmpty()) {
			throw new UsageException("--" + name + " needs a value, written with '=': " + option.synopsis()
					+ seeHelp(command));
		}
		if (options.putIfAbsent(name, value) != null) {
			throw new UsageException("--" + name + " is given twice" + seeHelp(command));
		}
	}

	private static UsageException unknownOption(CommandSpec command, String name) {
		String where = command.name().isEmpty() ? "" : " for " + command.name();
		Optional<String> nearest = Nearest.of(name, command.options().stream().map(Option::name).toList());
		String otherCommand = Commands.ALL.stream()
			.filter(other -> other != command)
			.flatMap(other -> Nearest.of(name, other.options().stream().map(Option::name).toList()).stream()
				.map(known -> known.equals(name) ? " (--" + name + " is an option of " + other.name() + ")"
						: " (did you mean " + other.name() + " --" + known + "?)"))
			.findFirst()
			.orElse("");
		return new UsageException("unknown option --" + name + where
				+ nearest.map(known -> " (did you mean --" + known + "?)").orElse(otherCommand) + seeHelp(command));
	}

	private static String seeHelp(CommandSpec command) {
		return "; see: " + (command.name().isEmpty() ? "help" : command.name() + " --help");
	}

	private static List<String> commandNames() {
		return Commands.ALL.stream().map(CommandSpec::name).filter(name -> !name.isEmpty())
			.sorted(Comparator.naturalOrder()).toList();
	}

	/** The command, or null for the overview asked for by a bare {@code help}. */
	CommandSpec command() {
		return command;
	}

	public String commandName() {
		return command == null ? Commands.HELP.name() : command.name();
	}

	/** The command's action ({@code add} of {@code schedule add}), if it takes one. */
	public Optional<String> action() {
		return Optional.ofNullable(action);
	}

	public boolean help() {
		return help;
	}

	/** Whether the command needs the application (Spring and the database) to run. */
	public boolean needsApplication() {
		return !help && command.needsApplication();
	}

	public boolean isWeb() {
		return command == Commands.WEB;
	}

	public Optional<String> option(String name) {
		return Optional.ofNullable(options.get(name));
	}

	public boolean flag(String name) {
		return options.containsKey(name);
	}

	/** The arguments as given, for Spring (which reads the settings among them). */
	public String[] arguments() {
		return arguments.clone();
	}

}
