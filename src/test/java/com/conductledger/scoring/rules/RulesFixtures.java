package com.conductledger.scoring.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.PenaltyScheduleLoader;

/** Static factories for the facts the rules work on, with the shipped schedule's defaults. */
public final class RulesFixtures {

	public static final LocalDate NOV_2 = LocalDate.of(2026, 11, 2);

	private RulesFixtures() {
	}

	/** The shipped {@code jobs/penalty-schedule.yml}. */
	public static PenaltySchedule defaultSchedule() {
		return scheduleFrom(Path.of("jobs/penalty-schedule.yml"));
	}

	public static PenaltySchedule scheduleFrom(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return new PenaltyScheduleLoader().load(in, file.getFileName().toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Person agent(String id, String team) {
		return new Person(id, "坐席" + id, team, "VOICE", 3, Role.AGENT);
	}

	public static Person person(String id, Role role, String jobType, int skillLevel) {
		return new Person(id, "员工" + id, "T01", jobType, skillLevel, role);
	}

	/** The people by id, in the order given. */
	public static Map<String, Person> people(Person... people) {
		Map<String, Person> byId = new LinkedHashMap<>();
		for (Person person : people) {
			byId.put(person.id(), person);
		}
		return byId;
	}

	/** A roster shift with the usual times: DAY 08:00-16:00, EVENING 14:00-22:00, NIGHT 22:00-06:00. */
	public static RosterShift shift(String agent, LocalDate date, ShiftCode code) {
		return switch (code) {
			case DAY -> shift(agent, date, code, "08:00", "16:00");
			case EVENING -> shift(agent, date, code, "14:00", "22:00");
			case NIGHT -> shift(agent, date, code, "22:00", "06:00");
		};
	}

	public static RosterShift shift(String agent, LocalDate date, ShiftCode code, String start, String end) {
		return new RosterShift(agent, date, code, LocalTime.parse(start), LocalTime.parse(end),
				Source.of("roster.csv", 2));
	}

	public static SignIn signIn(String agent, LocalDate date, ShiftCode code, String in, String out) {
		return new SignIn(agent, date, code, at(in), out == null ? null : at(out), Source.of("attendance.csv", 2));
	}

	/** {@code 2026-11-02T07:50} */
	public static LocalDateTime at(String timestamp) {
		return LocalDateTime.parse(timestamp);
	}

	public static Duty duty(RosterShift shift) {
		return Duty.rostered(shift);
	}

	/** An approved one-day personal leave, requested in person well ahead, approved by S01. */
	public static LeaveRequest personalLeave(String id, String agent, LocalDate first, LocalDate last, String requestedAt) {
		return new LeaveRequest(id, agent, LeaveRequest.Type.PERSONAL, false, first, last, at(requestedAt), agent,
				RequestStatus.APPROVED, "S01", at(requestedAt).plusHours(1), false, null, Source.of("leave.csv", 2));
	}

	/** An approved sick leave with its certificate, phoned in at requestedAt, handed in on certificateOn. */
	public static LeaveRequest sickLeave(String id, String agent, LocalDate first, LocalDate last, String requestedAt,
			LocalDate certificateOn) {
		return new LeaveRequest(id, agent, LeaveRequest.Type.SICK, false, first, last, at(requestedAt), agent,
				RequestStatus.APPROVED, "L01", at(requestedAt).plusHours(1), true, certificateOn, Source.of("leave.csv", 3));
	}

	/** An approved swap approved by team lead L01. */
	public static Swap swap(String id, String requester, String counterpart, LocalDate swapDate, ShiftCode swapShift,
			LocalDate repayDate, ShiftCode repayShift, String requestedAt) {
		return new Swap(id, requester, counterpart, swapDate, swapShift, repayDate, repayShift, at(requestedAt),
				RequestStatus.APPROVED, "L01", at(requestedAt).plusHours(2), Source.of("swaps.csv", 2));
	}

	public static BreakRecord breakOf(String agent, LocalDate date, ShiftCode code, String out, String back,
			boolean approved) {
		return new BreakRecord(agent, date, code, at(out), at(back), approved, Source.of("breaks.csv", 2));
	}

	/** An evaluation scoring every default item at its given value, with conduct codes. */
	public static Evaluation evaluation(String id, String agent, LocalDate callDate, int[] scores, String... codes) {
		String[] items = { "greeting", "listening", "accuracy", "courtesy", "compliance", "closing" };
		Map<String, BigDecimal> itemScores = new LinkedHashMap<>();
		for (int i = 0; i < scores.length; i++) {
			itemScores.put(items[i], BigDecimal.valueOf(scores[i]));
		}
		return new Evaluation(id, callDate, agent, "S01", itemScores, List.of(codes),
				new Source("evaluations/qa.xlsx", "评估", 2));
	}

	public static Evaluation floorObservation(String id, String agent, LocalDate date, String... codes) {
		return new Evaluation(id, date, agent, "S01", Map.of(), List.of(codes),
				new Source("evaluations/qa.xlsx", "评估", 3));
	}

}
