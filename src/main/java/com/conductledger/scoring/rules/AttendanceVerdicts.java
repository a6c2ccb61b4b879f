package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * rules.md 2: one verdict per shift of the effective roster. Worked: punctuality. Not worked but
 * covered by a valid leave: LEAVE, no points. Otherwise {@code ATT-ABSENT}, with every failed
 * leave check as its reasons, or {@code NO_SHOW}, or {@code PRIVATE_SWAP} when someone else
 * signed in for it (rules.md 4.1, who then earns {@code SW-PRIVATE-COVER}).
 */
public final class AttendanceVerdicts {

	public static final String MISSING_SIGN_OUT = "MISSING_SIGN_OUT";

	public static final String UNROSTERED_SIGN_IN = "UNROSTERED_SIGN_IN";

	private final Ledger ledger;

	private final Map<String, Person> people;

	private final LeaveValidity leaveValidity;

	private final Punctuality punctuality;

	public AttendanceVerdicts(Ledger ledger, Map<String, Person> people, LeaveValidity leaveValidity) {
		this.ledger = ledger;
		this.people = people;
		this.leaveValidity = leaveValidity;
		this.punctuality = new Punctuality(ledger);
	}

	/**
	 * @param duties the effective roster of a slice of days
	 * @param signIns the sign-ins of the same days
	 * @param leaves leaves that may cover those days
	 * @param coverage each leave's coverage on its agent's effective roster, by leave id
	 */
	public DayResult judge(List<Duty> duties, List<SignIn> signIns, List<LeaveRequest> leaves,
			Map<String, LeaveCoverage> coverage) {
		Map<ShiftOf, SignIn> signInByShift = new HashMap<>();
		signIns.forEach(signIn -> signInByShift.putIfAbsent(new ShiftOf(signIn.agentId(), signIn), signIn));
		Set<SignIn> used = new HashSet<>();
		List<LedgerEntry> entries = new ArrayList<>();
		List<DataWarning> warnings = new ArrayList<>();
		Set<String> validLeaves = new HashSet<>();
		List<Absence> absences = new ArrayList<>();
		for (Duty duty : duties) {
			SignIn signIn = signInByShift.get(new ShiftOf(duty.workerId(), duty));
			if (signIn != null) {
				used.add(signIn);
				entries.addAll(punctuality.check(duty, signIn));
				if (signIn.signOut() == null) {
					warnings.add(new DataWarning(MISSING_SIGN_OUT, duty.workerId() + " has no sign-out for " + duty.date()
							+ " " + duty.shift(), signIn.source()));
				}
				continue;
			}
			LeaveOutcome leave = bestLeave(duty, leaves, coverage);
			if (leave != null && leave.failed().isEmpty()) {
				validLeaves.add(leave.leave().leaveId());
			}
			else {
				absences.add(new Absence(duty, leave));
			}
		}
		List<SignIn> unrostered = signIns.stream().filter(signIn -> !used.contains(signIn)).toList();
		Map<Duty, SignIn> covered = new HashMap<>();
		Map<SignIn, Duty> coverOf = new HashMap<>();
		PrivateSwaps.match(absences.stream().map(Absence::duty).toList(), unrostered, people).forEach(cover -> {
			covered.put(cover.absence(), cover.coveringSignIn());
			coverOf.putIfAbsent(cover.coveringSignIn(), cover.absence());
		});
		for (Absence absence : absences) {
			entries.add(absent(absence, covered.get(absence.duty())));
		}
		for (SignIn signIn : unrostered) {
			if (coverOf.containsKey(signIn)) {
				entries.add(ledger.entry(RuleId.SW_PRIVATE_COVER, signIn.agentId(), signIn.date(), signIn.shift(),
						List.of(ReasonCode.PRIVATE_COVER.format(coverOf.get(signIn).workerId())), signIn.source()));
			}
			else {
				warnings.add(new DataWarning(UNROSTERED_SIGN_IN, signIn.agentId() + " signed in for " + signIn.date() + " "
						+ signIn.shift() + " without being rostered, and nobody rostered was missing", signIn.source()));
			}
		}
		return new DayResult(entries, warnings, validLeaves);
	}

	/** An absence cites the articles of its reasons only, not every article of absenteeism. */
	private LedgerEntry absent(Absence absence, SignIn cover) {
		Duty duty = absence.duty();
		List<String> reasons = new ArrayList<>(absence.leave() == null ? List.of() : absence.leave().failed());
		Source source = absence.leave() == null ? duty.source() : absence.leave().leave().source();
		if (cover != null) {
			reasons.add(ReasonCode.PRIVATE_SWAP.format(cover.agentId()));
			source = absence.leave() == null ? cover.source() : source;
		}
		if (reasons.isEmpty()) {
			reasons.add(ReasonCode.NO_SHOW.format(dutyKind(duty), ReasonCode.time(duty.startsAt()),
					ReasonCode.time(duty.endsAt())));
		}
		return ledger.entry(RuleId.ATT_ABSENT, ReasonCode.articles(RuleId.ATT_ABSENT.id(), reasons, null), duty.workerId(),
				duty.date(), duty.shift(), reasons, source);
	}

	private static String dutyKind(Duty duty) {
		return switch (duty.kind()) {
			case ROSTERED -> "shift";
			case SWAP_SHIFT -> "swap shift";
			case REPAY_SHIFT -> "repayment shift";
		};
	}

	/** A valid leave if one covers the shift; else the latest-requested covering leave, with its failed checks. */
	private LeaveOutcome bestLeave(Duty duty, List<LeaveRequest> leaves, Map<String, LeaveCoverage> coverage) {
		List<LeaveOutcome> outcomes = leaves.stream()
			.filter(leave -> leave.agentId().equals(duty.workerId()) && leave.covers(duty.date()))
			.map(leave -> new LeaveOutcome(leave, leaveValidity.failedReasons(leave, duty,
					coverage.getOrDefault(leave.leaveId(), new LeaveCoverage(1, duty.startsAt())))))
			.toList();
		return outcomes.stream()
			.min(Comparator.comparing((LeaveOutcome outcome) -> !outcome.failed().isEmpty())
				.thenComparing(outcome -> outcome.leave().requestedAt(), Comparator.reverseOrder()))
			.orElse(null);
	}

	private record LeaveOutcome(LeaveRequest leave, List<String> failed) {
	}

	private record Absence(Duty duty, LeaveOutcome leave) {
	}

	private record ShiftOf(String agentId, LocalDate date, ShiftCode shift) {

		ShiftOf(String agentId, SignIn signIn) {
			this(agentId, signIn.date(), signIn.shift());
		}

		ShiftOf(String agentId, Duty duty) {
			this(agentId, duty.date(), duty.shift());
		}

	}

}
