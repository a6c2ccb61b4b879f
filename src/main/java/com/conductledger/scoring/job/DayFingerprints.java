package com.conductledger.scoring.job;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.HexFormat;
import java.util.Map;

import com.conductledger.scoring.rules.LeaveRequest;
import com.conductledger.scoring.rules.Swap;

/**
 * What a day's scoring reads beside the day's own rows, as a SHA-256 per day: the scoring code, the
 * schedule version, the centre's people and holidays, the swaps dated or repaid that day, the leaves
 * covering it with their coverage, and the item scores disputes changed on its evaluations. Two runs
 * that give a day the same fingerprint, with no new row of that day between them, score it alike.
 */
final class DayFingerprints {

	private final ScoringContext context;

	private final String common;

	private final Map<LocalDate, String> rescores;

	/**
	 * @param rulesBuild the scoring code's fingerprint
	 * @param scheduleVersion the schedule version in force, as its number and the SHA-256 of its file
	 * @param rescores the disputes' item scores of each day's evaluations, as text
	 */
	DayFingerprints(String rulesBuild, String scheduleVersion, ScoringContext context, Map<LocalDate, String> rescores) {
		this.context = context;
		this.rescores = new HashMap<>(rescores);
		this.common = sha256("rules " + rulesBuild + "\nschedule " + scheduleVersion + "\npeople "
				+ context.people.values() + "\nholidays " + context.holidays) + "\n";
	}

	String of(LocalDate date) {
		StringBuilder text = new StringBuilder(common).append(date).append('\n');
		context.swapsOn(date)
			.stream()
			.sorted(Comparator.comparing(Swap::swapId))
			.forEach(swap -> text.append("swap ").append(swap).append('\n'));
		List<LeaveRequest> leaves = context.leavesCovering(date)
			.stream()
			.sorted(Comparator.comparing(LeaveRequest::leaveId))
			.toList();
		for (LeaveRequest leave : leaves) {
			text.append("leave ").append(leave).append(' ').append(context.coverage.get(leave.leaveId())).append('\n');
		}
		text.append("rescores ").append(rescores.getOrDefault(date, ""));
		return sha256(text.toString());
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
