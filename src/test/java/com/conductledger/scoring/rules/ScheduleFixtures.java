package com.conductledger.scoring.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.conductledger.schedule.PenaltySchedule;

/** Copies of the shipped schedule with one number changed, as a centre would edit it. */
final class ScheduleFixtures {

	private static final Path SHIPPED = Path.of("jobs/penalty-schedule.yml");

	private ScheduleFixtures() {
	}

	/**
	 * The shipped schedule with the one line holding {@code original} changed to {@code replacement},
	 * written to {@code dir} and loaded from there.
	 */
	static PenaltySchedule shippedWith(Path dir, String original, String replacement) {
		try {
			String yaml = Files.readString(SHIPPED);
			int at = yaml.indexOf(original);
			if (at < 0 || yaml.indexOf(original, at + 1) >= 0) {
				throw new IllegalArgumentException("'" + original + "' is not exactly once in " + SHIPPED);
			}
			Path copy = dir.resolve("penalty-schedule.yml");
			Files.writeString(copy, yaml.replace(original, replacement));
			return RulesFixtures.scheduleFrom(copy);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
