package com.conductledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.conductledger.reporting.excel.QaTemplateWriter;
import com.conductledger.schedule.PenaltyScheduleLoader;
import com.conductledger.schedule.ScheduleException;

/**
 * {@code template --out=FILE [--schedule=FILE]}: writes the blank QA evaluation workbook for the
 * schedule's form and conduct codes (default: the shipped {@code jobs/penalty-schedule.yml}).
 */
public final class TemplateCommand {

	public static final String COMMAND = "template";

	private TemplateCommand() {
	}

	public static int run(String[] args) {
		Map<String, String> options = CommandOptions.parse(args);
		if (!options.containsKey("out")) {
			System.err.println("conduct-ledger: missing --out=FILE; usage: template --out=FILE [--schedule=FILE]");
			return 2;
		}
		try (InputStream yaml = options.containsKey("schedule") ? Files.newInputStream(Path.of(options.get("schedule")))
				: TemplateCommand.class.getResourceAsStream("/penalty-schedule.yml")) {
			Path out = Path.of(options.get("out"));
			new QaTemplateWriter().write(new PenaltyScheduleLoader().load(yaml, "penalty-schedule.yml"), out);
			System.out.println("Wrote the QA evaluation template " + out);
			return 0;
		}
		catch (IOException | ScheduleException ex) {
			System.err.println("conduct-ledger: " + ex.getMessage());
			return 1;
		}
	}

}
