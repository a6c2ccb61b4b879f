package com.conductledger.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.conductledger.reporting.excel.QaTemplateWriter;
import com.conductledger.schedule.PenaltyScheduleLoader;
import com.conductledger.schedule.ScheduleException;

/**
 * {@code template --out=FILE [--schedule=FILE]}: writes the blank QA evaluation workbook for the
 * schedule's form and conduct codes (default: the shipped {@code jobs/penalty-schedule.yml}).
 */
public final class TemplateCommand {

	private TemplateCommand() {
	}

	public static int run(CommandLine line) {
		Path out = Path.of(line.option("out").orElseThrow());
		try (InputStream yaml = line.option("schedule").isPresent()
				? Files.newInputStream(Path.of(line.option("schedule").get()))
				: TemplateCommand.class.getResourceAsStream("/penalty-schedule.yml")) {
			new QaTemplateWriter().write(new PenaltyScheduleLoader().load(yaml, "penalty-schedule.yml"), out);
			System.out.println("Wrote the QA evaluation template " + out);
			return 0;
		}
		catch (NoSuchFileException ex) {
			System.err.println("conduct-ledger: file not found: " + ex.getFile());
			return 1;
		}
		catch (IOException | ScheduleException ex) {
			System.err.println("conduct-ledger: " + ex.getMessage());
			return 1;
		}
	}

}
