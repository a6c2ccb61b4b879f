package com.conductledger.sampledata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Generates a month (or several) of a centre's input files in the interchange layout (formats.md):
 * agents, holidays, roster, attendance, leave, swaps, breaks and two QA workbooks a month. Output
 * is streamed team by team and depends only on the spec, so the same spec gives the same files.
 */
public class SampleMonthGenerator {

	/**
	 * Generates {@code months} consecutive months of the same centre into one folder as a centre's
	 * systems drop them: the last month (the spec's period) with the plain names of formats.md,
	 * exactly as a single month; each earlier month's files dated ({@code roster-2026-09.csv},
	 * {@code holidays-2026-09.csv}), its workbooks named by its period, its ids tagged
	 * ({@code LV2609-0001}). The people are the same in every month, so their file is written once.
	 */
	public GeneratedMonth generateMonths(Path outDir, SampleMonthSpec spec, int months) {
		if (months < 1 || months > 12) {
			throw new IllegalArgumentException("months must be 1 to 12, was " + months);
		}
		GeneratedMonth total = generate(outDir, spec, null);
		for (int before = 1; before < months; before++) {
			SampleMonthSpec earlier = spec.withPeriod(spec.period().minusMonths(before));
			String tag = earlier.period().toString();
			total = total.plusEvents(generate(outDir, earlier, tag));
			try {
				Files.delete(outDir.resolve(new Centre(earlier, tag).fileName("agents")));
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot tidy " + outDir, ex);
			}
		}
		return total;
	}

	public GeneratedMonth generate(Path outDir, SampleMonthSpec spec) {
		return generate(outDir, spec, null);
	}

	private GeneratedMonth generate(Path outDir, SampleMonthSpec spec, String tag) {
		Centre centre = new Centre(spec, tag);
		try {
			Files.createDirectories(outDir.resolve("evaluations"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create " + outDir, ex);
		}
		GeneratedMonth counts;
		try (MonthFiles files = new MonthFiles(outDir, centre)) {
			centre.holidays().forEach((date, name) -> {
				// an earlier month drops only its own days, so the months' files never state a day twice
				if (tag == null || !date.isBefore(centre.first) && !date.isAfter(centre.last)) {
					files.holidays.row(date.toString(), name);
				}
			});
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
