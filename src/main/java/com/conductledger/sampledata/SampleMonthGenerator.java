package com.conductledger.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates one month of a centre's input files in the interchange layout (formats.md):
 * agents, holidays, roster, attendance, leave, swaps, breaks and two QA workbooks. Output is
 * streamed team by team and depends only on the spec, so the same spec gives the same files.
 */
public class SampleMonthGenerator {

	public GeneratedMonth generate(Path outDir, SampleMonthSpec spec) {
		Centre centre = new Centre(spec);
		try {
			Files.createDirectories(outDir.resolve("evaluations"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + outDir, ex);
		}
		GeneratedMonth counts;
		try (MonthFiles files = new MonthFiles(outDir, centre)) {
			centre.holidays().forEach((date, name) -> files.holidays.row(date.toString(), name));
			new OfficeStaffWriter(centre, files).write();
			EvaluationPlanner evaluations = new EvaluationPlanner(centre, files.supervisorEvaluations,
					files.peerEvaluations);
			TeamMonthWriter teams = new TeamMonthWriter(centre, files, evaluations);
			for (int team = 0; team < spec.teams(); team++) {
				teams.write(team);
			}
			counts = files.counts();
		}
		return counts;
	}

}
