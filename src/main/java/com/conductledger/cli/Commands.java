package com.conductledger.cli;

import java.util.List;
import java.util.Optional;

/** Every command of the jar, with its options and defaults: the one place the usage and the checks read. */
final class Commands {

	static final String JAR = "java -jar target/conduct-ledger.jar";

	static final CommandSpec RUN = new CommandSpec("run",
			"Ingests an input folder (formats.md), scores the period and writes its outputs under OUT/YYYY-MM/.",
			List.of(Option.required("input", "DIR", "the input folder: agents.csv, roster.csv, ..., evaluations/*.xlsx"),
					Option.optional("period", "YYYY-MM", "the period that contains yesterday",
							"the period to score (with cut-off day 25, 2026-11 holds 2026-10-26..2026-11-25)"),
					Option.required("out", "DIR", "where the period's folder YYYY-MM/ of outputs is written"),
					Option.optional("from", "YYYY-MM", "--period alone",
							"score every period from this one to --period, oldest first, each with its outputs")),
			JAR + " run --input=sample-data --from=2026-09 --period=2026-11 --out=out", true);

	static final CommandSpec CLOSE = new CommandSpec("close",
			"Closes a period now instead of at the first night after its cut-off: scores it one last time, writes "
					+ "its final reports and payroll file once, and locks it. Without --confirm it only shows what "
					+ "payroll would take.",
			List.of(Option.required("period", "YYYY-MM", "the period to close (from its last day on)"),
					Option.optional("out", "DIR", "ledger.output-dir (./data/out)",
							"where the period's folder YYYY-MM/ of final outputs is written"),
					Option.flag("confirm", "close for real; closing is final, it cannot be undone")),
			JAR + " close --period=2026-11 --confirm", true);

	static final CommandSpec GENERATE = new CommandSpec("generate",
			"Writes a generated month of input files in the formats.md layout (the shipped sample-data/ with the "
					+ "defaults; about 10,000 agents with --teams=834). Needs no database.",
			List.of(Option.required("out", "DIR", "the folder to write the input files into"),
					Option.optional("teams", "N", "3", "number of teams"),
					Option.optional("agents-per-team", "N", "12", "agents in each team (at least 6)"),
					Option.optional("seed", "N", "20261128", "the random seed: the same seed gives the same files"),
					Option.optional("months", "N", "1", "consecutive months of the same centre, the last one --period; "
							+ "more than one writes each month's files dated (roster-2026-09.csv, ...)"),
					Option.optional("period", "YYYY-MM", "2026-11", "the (last) period generated")),
			JAR + " generate --out=sample-data --months=3", false);

	static final CommandSpec TEMPLATE = new CommandSpec("template",
			"Writes the blank QA evaluation workbook for the schedule's form and conduct codes. Needs no database.",
			List.of(Option.required("out", "FILE", "the workbook to write (.xlsx)"),
					Option.optional("schedule", "FILE", "the shipped jobs/penalty-schedule.yml",
							"the penalty schedule whose form and codes the template follows")),
			JAR + " template --out=report-templates/qa-evaluation-template.xlsx", false);

	static final CommandSpec SCHEDULE = new CommandSpec("schedule",
			"Penalty schedule versions (schedules.md). 'schedule add' adds a version: a whole penalty-schedule.yml, "
					+ "validated as at start-up, in force from its effective-from period on (refused in or before a FINAL "
					+ "period, and if it changes the zone or cutoff-day); versions are never edited. 'schedule list' "
					+ "shows every version; version 1 is the configured file.",
			List.of(Option.optional("file", "FILE", "required for add", "the schedule file to add as a version"),
					Option.optional("title", "TEXT", "the file's own title: key",
							"what the version changes, e.g. \"Art. 36: excess swaps 10 points\""),
					Option.optional("effective-from", "YYYY-MM", "the file's own effective-from: key",
							"the first period the version is in force for")),
			JAR + " schedule add --file=penalty-schedule-2027.yml --effective-from=2026-12", true,
			List.of("add", "list"));

	static final CommandSpec WHATIF = new CommandSpec("whatif",
			"Scores a period's facts in memory under a proposed schedule beside the version in force, and writes "
					+ "OUT/YYYY-MM/whatif-YYYY-MM.csv (the people whose scorecard moves) and whatif-rules-YYYY-MM.csv "
					+ "(each rule now and then); prints people affected, tier changes and money moved. Stores nothing.",
			List.of(Option.required("period", "YYYY-MM", "the period whose facts are scored"),
					Option.required("schedule", "FILE", "the proposed penalty-schedule.yml"),
					Option.required("out", "DIR", "where the period's folder YYYY-MM/ of what-if files is written")),
			JAR + " whatif --period=2026-11 --schedule=proposal.yml --out=out", true);

	static final CommandSpec WEB = new CommandSpec("",
			"Without a command: starts the web interface (http://localhost:8080) and the nightly run (01:30 in the "
					+ "schedule's zone). The first administrator comes from LEDGER_ADMIN_USERNAME and LEDGER_ADMIN_PASSWORD.",
			List.of(), "LEDGER_ADMIN_USERNAME=admin LEDGER_ADMIN_PASSWORD=... " + JAR + " --server.port=8080", true);

	static final CommandSpec HELP = new CommandSpec("help", "Prints this overview, or one command's usage: help COMMAND.",
			List.of(), JAR + " help run", false);

	static final List<CommandSpec> ALL = List.of(RUN, CLOSE, SCHEDULE, WHATIF, GENERATE, TEMPLATE, HELP, WEB);

	/**
	 * Options that belong to Spring Boot and the application's settings, not to a command; they pass
	 * to every command that starts the application.
	 */
	static final List<String> SETTING_PREFIXES = List.of("spring.", "ledger.", "server.", "logging.", "management.");

	static final List<String> SETTING_FLAGS = List.of("debug", "trace");

	private Commands() {
	}

	static Optional<CommandSpec> named(String name) {
		return ALL.stream().filter(command -> command.name().equals(name)).findFirst();
	}

	static boolean isSetting(String optionName) {
		return SETTING_FLAGS.contains(optionName) || SETTING_PREFIXES.stream().anyMatch(optionName::startsWith);
	}

}
