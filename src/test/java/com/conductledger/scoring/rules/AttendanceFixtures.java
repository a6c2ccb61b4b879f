package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.conductledger.period.CutoffDay;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;

/**
 * Static factories for the attendance, leave and swap tests (rules.md 1-4.1): a small centre, facts
 * with distinct source rows, a leave builder and a whole-period builder.
 */
final class AttendanceFixtures {

	static final PenaltySchedule SCHEDULE = RulesFixtures.defaultSchedule();

	/** rules.md 0: shifts dated 2026-10-26..2026-11-25. */
	static final Period NOVEMBER = Period.of("2026-11", new CutoffDay(25));

	static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

	static final LocalDate NOV_3 = LocalDate.of(2026, 11, 3);

	static final LocalDate NOV_4 = LocalDate.of(2026, 11, 4);

	private AttendanceFixtures() {
	}

	/** Agents A01, A02 (team T01) and A03 (team T02), team lead L01, supervisor S01, operations manager M01. */
	static Map<String, Person> centre() {
		return RulesFixtures.people(RulesFixtures.agent("A01", "T01"), RulesFixtures.agent("A02", "T01"),
				RulesFixtures.agent("A03", "T02"), RulesFixtures.person("L01", Role.TEAM_LEAD, "VOICE", 4),
				RulesFixtures.person("S01", Role.SUPERVISOR, "VOICE", 5),
				RulesFixtures.person("M01", Role.OPS_MANAGER, "VOICE", 5));
	}

	/** A roster shift with the usual times (DAY 08:00-16:00, EVENING 14:00-22:00, NIGHT 22:00-06:00) from roster.csv row. */
	static RosterShift rostered(String agent, LocalDate date, ShiftCode code, int row) {
		RosterShift usual = RulesFixtures.shift(agent, date, code);
		return new RosterShift(agent, date, code, usual.start(), usual.end(), Source.of("roster.csv", row));
	}

	static Duty dutyOf(String agent, LocalDate date, ShiftCode code, int row) {
		return Duty.rostered(rostered(agent, date, code, row));
	}

	/** A sign-in from attendance.csv row; out may be null. Times are {@code 2026-11-02T07:50}. */
	static SignIn signedIn(String agent, LocalDate date, ShiftCode code, String in, String out, int row) {
		return new SignIn(agent, date, code, LocalDateTime.parse(in), out == null ? null : LocalDateTime.parse(out),
				Source.of("attendance.csv", row));
	}

	/** A swap of swaps.csv row with the given status, approved (or not) by team lead L01, requested well ahead. */
	static Swap swapOf(String id, String requester, String counterpart, LocalDate swapDate, ShiftCode swapShift,
			LocalDate repayDate, ShiftCode repayShift, RequestStatus status, int row) {
		LocalDateTime requestedAt = LocalDateTime.of(2026, 10, 20, 9, 0);
		return new Swap(id, requester, counterpart, swapDate, swapShift, repayDate, repayShift, requestedAt, status, "L01",
				requestedAt.plusHours(2), Source.of("swaps.csv", row));
	}

	static LeaveBuilder personalLeave(String id, String agent) {
		return new LeaveBuilder(id, agent, LeaveRequest.Type.PERSONAL);
	}

	/** A sick leave with its certificate, approved by L01 (no rank needed for sick leave). */
	static LeaveBuilder sickLeave(String id, String agent) {
		return new LeaveBuilder(id, agent, LeaveRequest.Type.SICK).approvedBy("L01").certificate(true);
	}

	static LeaveValidity leaveValidity(LocalDate... holidays) {
		return new LeaveValidity(SCHEDULE.thresholds(), centre(), Set.of(holidays));
	}

	static AttendanceVerdicts verdicts(LocalDate... holidays) {
		return new AttendanceVerdicts(new Ledger(SCHEDULE), centre(), leaveValidity(holidays));
	}

	static PeriodFactsBuilder november() {
		return new PeriodFactsBuilder();
	}

	/** A leave of leave.csv: by default approved, requested in person on 2026-10-01 09:00, approved by S01, row 2. */
	static final class LeaveBuilder {

		private final String id;

		private final String agent;

		private final LeaveRequest.Type type;

		private boolean urgent;

		private LocalDate first = NOV_2;

		private LocalDate last = NOV_2;

		private LocalDateTime requestedAt = LocalDateTime.of(2026, 10, 1, 9, 0);

		private String submittedBy;

		private RequestStatus status = RequestStatus.APPROVED;

		private String approver = "S01";

		private boolean certificate;

		private LocalDate certificateOn;

		private int row = 2;

		private LeaveBuilder(String id, String agent, LeaveRequest.Type type) {
			this.id = id;
			this.agent = agent;
			this.type = type;
			this.submittedBy = agent;
		}

		LeaveBuilder on(LocalDate date) {
			return dates(date, date);
		}

		LeaveBuilder dates(LocalDate first, LocalDate last) {
			this.first = first;
			this.last = last;
			return this;
		}

		LeaveBuilder requestedAt(String timestamp) {
			this.requestedAt = LocalDateTime.parse(timestamp);
			return this;
		}

		LeaveBuilder urgent() {
			this.urgent = true;
			return this;
		}

		LeaveBuilder submittedBy(String person) {
			this.submittedBy = person;
			return this;
		}

		LeaveBuilder status(RequestStatus status) {
			this.status = status;
			return this;
		}

		LeaveBuilder approvedBy(String person) {
			this.approver = person;
			return this;
		}

		LeaveBuilder certificate(boolean certificate) {
			this.certificate = certificate;
			return this;
		}

		LeaveBuilder certificateOn(LocalDate date) {
			this.certificateOn = date;
			return this;
		}

		LeaveBuilder row(int row) {
			this.row = row;
			return this;
		}

		LeaveRequest build() {
			return new LeaveRequest(id, agent, type, urgent, first, last, requestedAt, submittedBy, status, approver,
					approver == null ? null : requestedAt.plusMinutes(30), certificate, certificateOn,
					Source.of("leave.csv", row));
		}

	}

	/** The facts of period 2026-11 for the centre, no breaks and no evaluations unless added. */
	static final class PeriodFactsBuilder {

		private final Set<LocalDate> holidays = new HashSet<>();

		private final List<RosterShift> roster = new ArrayList<>();

		private final List<SignIn> signIns = new ArrayList<>();

		private final List<LeaveRequest> leaves = new ArrayList<>();

		private final List<Swap> swaps = new ArrayList<>();

		private PeriodFactsBuilder() {
		}

		PeriodFactsBuilder holiday(LocalDate date) {
			holidays.add(date);
			return this;
		}

		PeriodFactsBuilder roster(RosterShift... shifts) {
			roster.addAll(List.of(shifts));
			return this;
		}

		PeriodFactsBuilder signIns(SignIn... rows) {
			signIns.addAll(List.of(rows));
			return this;
		}

		PeriodFactsBuilder leaves(LeaveRequest... rows) {
			leaves.addAll(List.of(rows));
			return this;
		}

		PeriodFactsBuilder swaps(Swap... rows) {
			swaps.addAll(List.of(rows));
			return this;
		}

		PeriodFacts build() {
			return new PeriodFacts(NOVEMBER, centre(), holidays, roster, signIns, leaves, swaps, List.of(), List.of());
		}

		ScoringResult score() {
			return new PeriodScoring(SCHEDULE).score(build());
		}

	}

	/** An on-time sign-in for a usual shift: ready 15 minutes early, out at the end. */
	static SignIn onTime(String agent, LocalDate date, ShiftCode code, int row) {
		RosterShift usual = RulesFixtures.shift(agent, date, code);
		LocalDateTime in = usual.startsAt().minusMinutes(15);
		return new SignIn(agent, date, code, in, usual.endsAt(), Source.of("attendance.csv", row));
	}

	static LocalDateTime at(LocalDate date, String time) {
		return date.atTime(LocalTime.parse(time));
	}

}
