package com.conductledger.people;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * An evaluation as the evaluated agent and their team lead see it (people.md: items, codes,
 * comment, evaluator id, date), with when it arrived and when, and by whom, it was acknowledged
 * (null while not).
 */
public record EvaluationView(String id, String personId, String personName, LocalDate callDate, String callId,
		String evaluatorId, boolean floorObservation, Map<String, BigDecimal> items, List<String> codes,
		String comment, LocalDateTime arrivedAt, LocalDateTime acknowledgedAt, String acknowledgedBy) {

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}

	/** How long it has waited for its acknowledgement at {@code now}, e.g. {@code 3 天 days 4 小时 h}. */
	public String waitingFor(LocalDateTime now) {
		Duration waited = Duration.between(arrivedAt, acknowledgedAt == null ? now : acknowledgedAt);
		if (waited.isNegative()) {
			waited = Duration.ZERO;
		}
		long days = waited.toDays();
		long hours = waited.minusDays(days).toHours();
		if (days == 0 && hours == 0) {
			return "不到 1 小时 under 1 h";
		}
		return days > 0 ? days + " 天 days " + hours + " 小时 h" : hours + " 小时 h";
	}

	/** Whole days waited, for sorting and the API. */
	public long waitingDays(LocalDateTime now) {
		return Math.max(0, Duration.between(arrivedAt, acknowledgedAt == null ? now : acknowledgedAt).toDays());
	}

}
