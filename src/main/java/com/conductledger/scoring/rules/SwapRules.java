package com.conductledger.scoring.rules;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.conductledger.schedule.Thresholds;

/**
 * rules.md 4.2: approved swaps that break Art. 32-36, and the approver who let them through
 * (Art. 35). Works on the period's applied swaps grouped by requester, so it is linear in the
 * number of swaps.
 */
public final class SwapRules {

	private final Ledger ledger;

	private final Thresholds thresholds;

	private final Map<String, Person> people;

	private final Set<LocalDate> holidays;

	public SwapRules(Ledger ledger, Map<String, Person> people, Set<LocalDate> holidays) {
		this.ledger = ledger;
		this.thresholds = ledger.schedule().thresholds();
		this.people = people;
		this.holidays = holidays;
	}

	/**
	 * @param periodSwaps the applied approved swaps whose swap_date is in the period
	 * @param dayBefore applied approved swaps dated the day before the period (for consecutive swaps)
	 * @param roster the planned roster, for the swap shift's start
	 * @param duties the effective roster, for rest between shifts
	 */
	public List<LedgerEntry> check(List<Swap> periodSwaps, List<Swap> dayBefore, RosterLookup roster,
			DutiesLookup duties) {
		Map<String, List<Swap>> byRequester = new HashMap<>();
		periodSwaps.forEach(swap -> byRequester.computeIfAbsent(swap.requesterId(), id -> new ArrayList<>()).add(swap));
		dayBefore.forEach(swap -> byRequester.computeIfAbsent(swap.requesterId(), id -> new ArrayList<>()));
		Map<String, Set<LocalDate>> swapDates = new HashMap<>();
		periodSwaps.forEach(swap -> swapDates.computeIfAbsent(swap.requesterId(), id -> new HashSet<>()).add(swap.swapDate()));
		dayBefore.forEach(swap -> swapDates.computeIfAbsent(swap.requesterId(), id -> new HashSet<>()).add(swap.swapDate()));
		List<LedgerEntry> entries = new ArrayList<>();
		byRequester.forEach((requester, swaps) -> {
			swaps.sort(Comparator.comparing(Swap::swapDate).thenComparing(Swap::requestedAt));
			for (int i = 0; i < swaps.size(); i++) {
				Swap swap = swaps.get(i);
				List<LedgerEntry> breaches = breaches(swap, i + 1, swapDates.get(requester), roster);
				entries.addAll(breaches);
				if (!breaches.isEmpty() && swap.approverId() != null) {
					entries.add(entry(RuleId.SW_IMPROPER_APPROVAL, swap.approverId(), swap,
							ReasonCode.SWAP_IMPROPER_APPROVAL.format(swap.swapId(),
									String.join(", ", breaches.stream().map(LedgerEntry::ruleId).toList()))));
				}
				entries.addAll(backToBack(swap, duties));
			}
		});
		return entries;
	}

	/** The breaches of the request itself, for the requester: the ones that also make the approval improper. */
	private List<LedgerEntry> breaches(Swap swap, int ordinal, Set<LocalDate> requesterSwapDates, RosterLookup roster) {
		List<LedgerEntry> entries = new ArrayList<>();
		String requester = swap.requesterId();
		if (ordinal > thresholds.swapLimit()) {
			entries.add(entry(RuleId.SW_EXCESS, requester, swap,
					ReasonCode.SWAP_OVER_LIMIT.format(ordinal, thresholds.swapLimit())));
		}
		roster.find(requester, swap.swapDate(), swap.swapShift()).ifPresent(shift -> {
			if (swap.requestedAt().isAfter(shift.startsAt().minus(thresholds.swapNotice()))) {
				entries.add(entry(RuleId.SW_LATE_REQUEST, requester, swap, ReasonCode.SWAP_REQUESTED_LATE
					.format(swap.requestedAt(), thresholds.swapNotice().toHours(), shift.startsAt())));
			}
		});
		List<String> holidayDates = Stream.of(swap.swapDate(), swap.repayDate())
			.filter(holidays::contains)
			.distinct()
			.map(LocalDate::toString)
			.toList();
		if (!holidayDates.isEmpty()) {
			entries.add(entry(RuleId.SW_HOLIDAY, requester, swap,
					ReasonCode.SWAP_ON_HOLIDAY.format(String.join(", ", holidayDates))));
		}
		jobMismatch(swap).ifPresent(reason -> entries.add(entry(RuleId.SW_JOB_MISMATCH, requester, swap, reason)));
		if (requesterSwapDates.contains(swap.swapDate().minusDays(1))) {
			entries.add(entry(RuleId.SW_CONSECUTIVE, requester, swap,
					ReasonCode.SWAP_CONSECUTIVE.format(swap.swapDate().minusDays(1))));
		}
		return entries;
	}

	private Optional<String> jobMismatch(Swap swap) {
		Person requester = people.get(swap.requesterId());
		Person counterpart = people.get(swap.counterpartId());
		if (requester == null || counterpart == null) {
			return Optional.empty();
		}
		if (!requester.jobType().equals(counterpart.jobType())) {
			return Optional.of(ReasonCode.SWAP_JOB_TYPES.format(requester.jobType(), counterpart.jobType()));
		}
		if (Math.abs(requester.skillLevel() - counterpart.skillLevel()) > thresholds.swapMaxSkillGap()) {
			return Optional.of(ReasonCode.SWAP_SKILL_GAP.format(thresholds.swapMaxSkillGap(), requester.skillLevel(),
					counterpart.skillLevel()));
		}
		return Optional.empty();
	}

	/** Art. 36: the swapper and the repayer may not work back-to-back shifts; one entry per party who does. */
	private List<LedgerEntry> backToBack(Swap swap, DutiesLookup duties) {
		List<LedgerEntry> entries = new ArrayList<>();
		tooLittleRest(swap.counterpartId(), swap.swapDate(), swap.swapShift(), duties).ifPresent(reason -> entries.add(
				ledger.entry(RuleId.SW_BACK_TO_BACK, swap.counterpartId(), swap.swapDate(), swap.swapShift(),
						List.of(reason), swap.source())));
		tooLittleRest(swap.requesterId(), swap.repayDate(), swap.repayShift(), duties).ifPresent(reason -> entries.add(
				ledger.entry(RuleId.SW_BACK_TO_BACK, swap.requesterId(), swap.repayDate(), swap.repayShift(),
						List.of(reason), swap.source())));
		return entries;
	}

	private Optional<String> tooLittleRest(String worker, LocalDate date, ShiftCode shift,
			DutiesLookup duties) {
		List<Duty> around = duties.dutiesOf(worker, date.minusDays(1), date.plusDays(1));
		Duty worked = around.stream()
			.filter(duty -> duty.date().equals(date) && duty.shift() == shift)
			.findFirst()
			.orElse(null);
		if (worked == null) {
			return Optional.empty();
		}
		for (Duty other : around) {
			if (other == worked) {
				continue;
			}
			Duration rest = other.startsAt().isBefore(worked.startsAt())
					? Duration.between(other.endsAt(), worked.startsAt())
					: Duration.between(worked.endsAt(), other.startsAt());
			if (rest.compareTo(thresholds.swapMinRest()) < 0) {
				return Optional.of(ReasonCode.SWAP_BACK_TO_BACK.format(Durations.text(rest), date, shift, other.date(),
						other.shift(), Durations.text(thresholds.swapMinRest())));
			}
		}
		return Optional.empty();
	}

	private LedgerEntry entry(RuleId rule, String person, Swap swap, String reason) {
		return ledger.entry(rule, person, swap.swapDate(), swap.swapShift(), List.of(reason), swap.source());
	}

}
