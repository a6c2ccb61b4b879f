package com.conductledger.schedule;

import java.time.LocalDateTime;

/**
 * One version of the penalty schedule: a whole {@code penalty-schedule.yml}, in force from its
 * {@code effectiveFrom} period on, who added it and when. Version 1 is the configured file, in force
 * from the earliest period; it has no adder.
 */
public record ScheduleVersion(int number, String title, String effectiveFrom, String sha256, String addedBy,
		LocalDateTime addedAt, PenaltySchedule schedule) {

	/** The version as reports name it: number, title, effective-from, sha256. */
	public VersionName name() {
		return new VersionName(number, title, effectiveFrom, sha256);
	}

	/** The configured schedule alone, as version 1 (for reports made without the database). */
	public static ScheduleVersion configured(PenaltySchedule schedule) {
		return new ScheduleVersion(1, "configured schedule", "", "", null, null, schedule);
	}

}
