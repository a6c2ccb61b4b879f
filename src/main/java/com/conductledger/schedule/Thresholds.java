package com.conductledger.schedule;

import java.time.Duration;
import java.time.LocalTime;

/** The time limits and counts of rules.md, each citing the article that sets it. */
public record Thresholds(
		/** Art. 38: ready this long before the shift starts. */
		Duration handover,
		/** Art. 26: ordinary personal leave requested this long ahead. */
		Duration ordinaryLeaveNotice,
		/** Art. 26: urgent personal leave requested this long before the shift. */
		Duration urgentLeaveNotice,
		/** Art. 31: holiday leave requested this long ahead. */
		Duration holidayLeaveNotice,
		/** Art. 30: night-shift leave requested before this time of the shift date. */
		LocalTime nightLeaveDeadline,
		/** Art. 32: swaps requested this long before the swap shift. */
		Duration swapNotice,
		/** Art. 36: swaps a requester may have in a period. */
		int swapLimit,
		/** Art. 36: rest a swap worker must have between shifts. */
		Duration swapMinRest,
		/** Art. 33: largest skill-level gap between swap parties. */
		int swapMaxSkillGap,
		/** Art. 47(1)1: longest toilet break. */
		Duration breakMax,
		/** Art. 47(1)1: share of a post that may be away at once, in percent. */
		int breakAwayPercent,
		/** Art. 29: days after the leave's last day by which the certificate is due. */
		int sickCertificateGraceDays) {
}
