package com.conductledger.web.admin;

import java.time.LocalDateTime;

import com.conductledger.schedule.ScheduleVersion;

/** A schedule version as the administration page and API show it (its numbers are in its file, not here). */
record ScheduleVersionView(int version, String title, String effectiveFrom, String sha256, String addedBy,
		LocalDateTime addedAt) {

	static ScheduleVersionView of(ScheduleVersion version) {
		return new ScheduleVersionView(version.number(), version.title(), version.effectiveFrom(), version.sha256(),
				version.addedBy(), version.addedAt());
	}

}
