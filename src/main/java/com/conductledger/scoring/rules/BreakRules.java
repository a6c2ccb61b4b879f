package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

import com.conductledger.schedule.Thresholds;

/**
 * rules.md 5, Art. 47(1)1: raise a hand and wait for approval, be back within 5 minutes, and no
 * more than 5% of a post away at once, the later leaver waiting for the earlier one.
 */
final class BreakRules {

	private final Ledger ledger;

	private final Thresholds thresholds;

	BreakRules(Ledger ledger) {
		this.ledger = ledger;
		this.thresholds = ledger.schedule().thresholds();
	}

	/**
	 * @param jobTypeOf the job type of each agent
	 * @param headcount agents of each job type on each shift of the effective roster, by {@link #post}
	 */
	List<LedgerEntry> check(List<BreakRecord> breaks, Map<String, String> jobTypeOf, Map<String, Integer> headcount) {
		List<LedgerEntry> entries = new ArrayList<>();
		for (BreakRecord record : breaks) {
			if (record.length().compareTo(thresholds.breakMax()) > 0) {
				entries.add(entry(RuleId.BR_OVERTIME, record, ReasonCode.BREAK_OVERTIME.format(Durations.text(record.length()),
						Durations.text(thresholds.breakMax()))));
			}
			if (!record.approved()) {
				entries.add(entry(RuleId.BR_UNAPPROVED, record, ReasonCode.BREAK_UNAPPROVED.format(ReasonCode.time(record.outAt()))));
			}
		}
		Map<String, List<BreakRecord>> byPost = new HashMap<>();
		for (BreakRecord record : breaks) {
			byPost.computeIfAbsent(post(record.date(), record.shift(), jobTypeOf.get(record.agentId())),
					key -> new ArrayList<>()).add(record);
		}
		byPost.forEach((post, postBreaks) -> entries.addAll(concurrent(postBreaks, limit(headcount.getOrDefault(post, 0)))));
		return entries;
	}

	/** The key of a post on a shift: date, shift and job type. */
	static String post(LocalDate date, ShiftCode shift, String jobType) {
		return date + "|" + shift + "|" + jobType;
	}

	/** max(1, floor(5% x headcount)) agents of a post may be away at once. */
	int limit(int headcount) {
		return Math.max(1, headcount * thresholds.breakAwayPercent() / 100);
	}

	/** A sweep over the post's breaks by out_at (ties by agent id), tracking who is away on [out_at, back_at). */
	private List<LedgerEntry> concurrent(List<BreakRecord> breaks, int limit) {
		List<BreakRecord> byLeaving = new ArrayList<>(breaks);
		byLeaving.sort(Comparator.comparing(BreakRecord::outAt).thenComparing(BreakRecord::agentId));
		PriorityQueue<LocalDateTime> away = new PriorityQueue<>();
		List<LedgerEntry> entries = new ArrayList<>();
		for (BreakRecord record : byLeaving) {
			while (!away.isEmpty() && !away.peek().isAfter(record.outAt())) {
				away.poll();
			}
			away.add(record.backAt());
			if (away.size() > limit) {
				entries.add(entry(RuleId.BR_CONCURRENT, record, ReasonCode.BREAK_CONCURRENT.format(away.size(), limit)));
			}
		}
		return entries;
	}

	private LedgerEntry entry(RuleId rule, BreakRecord record, String reason) {
		return ledger.entry(rule, record.agentId(), record.date(), record.shift(), List.of(reason), record.source());
	}

}
