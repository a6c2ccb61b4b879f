package com.conductledger.scoring.rules;

import static com.conductledger.scoring.rules.LedgerLines.nov;
import static com.conductledger.scoring.rules.LedgerLines.oct;
import static com.conductledger.scoring.rules.RulesFixtures.at;
import static com.conductledger.scoring.rules.RulesFixtures.people;
import static com.conductledger.scoring.rules.RulesFixtures.person;
import static com.conductledger.scoring.rules.ShiftCode.DAY;
import static com.conductledger.scoring.rules.ShiftCode.EVENING;
import static com.conductledger.scoring.rules.ShiftCode.NIGHT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.conductledger.period.CutoffDay;
import com.conductledger.period.Period;

/**
 * A small centre's month, period 2026-11 (2026-10-26..2026-11-25), with the input rows a centre
 * would drop in. A01-A04 answer the phone (VOICE), A05 chats (CHAT); L01 leads the team, S01
 * supervises, M01 manages operations. 2026-11-11 is a holiday. Row numbers are those of the files.
 */
final class NovemberScenario {

	static final Period PERIOD = Period.of("2026-11", new CutoffDay(25));

	static final Map<String, Person> PEOPLE = people(person("A01", Role.AGENT, "VOICE", 3),
			person("A02", Role.AGENT, "VOICE", 3), person("A03", Role.AGENT, "VOICE", 4),
			person("A04", Role.AGENT, "VOICE", 2), person("A05", Role.AGENT, "CHAT", 3),
			person("L01", Role.TEAM_LEAD, "VOICE", 4), person("S01", Role.SUPERVISOR, "VOICE", 5),
			person("M01", Role.OPS_MANAGER, "VOICE", 5));

	private NovemberScenario() {
	}

	static PeriodFacts facts() {
		return new PeriodFacts(PERIOD, PEOPLE, Set.of(nov(11)), roster(), signIns(), leaves(), swaps(), breaks(),
				evaluations());
	}

	/** roster.csv, rows 2.. in this order; DAY 08-16, EVENING 14-22, NIGHT 22-06. */
	static List<RosterShift> roster() {
		Object[][] plan = {
				// the day before the period: worked, never signed in, never scored
				{ "A01", oct(25), DAY }, { "A02", oct(25), DAY }, { "A03", oct(25), EVENING },
				// the period's first day
				{ "A01", oct(26), DAY }, { "A02", oct(26), DAY }, { "A03", oct(26), EVENING }, { "A04", oct(26), NIGHT },
				{ "A01", nov(2), DAY }, { "A02", nov(2), DAY }, { "A05", nov(2), DAY }, { "A04", nov(2), EVENING },
				{ "A02", nov(3), DAY }, { "A03", nov(3), EVENING }, { "A04", nov(3), NIGHT },
				{ "A01", nov(10), DAY }, { "A03", nov(10), DAY }, { "A04", nov(10), EVENING }, { "A02", nov(10), NIGHT },
				{ "A05", nov(11), DAY }, { "A03", nov(11), EVENING },
				{ "A02", nov(12), DAY }, { "A05", nov(12), DAY }, { "A04", nov(12), EVENING }, { "A03", nov(12), NIGHT },
				// the period's last day
				{ "A02", nov(25), DAY }, { "A03", nov(25), DAY }, { "A01", nov(25), EVENING }, { "A04", nov(25), NIGHT },
				// the day after: never signed in, never scored
				{ "A01", nov(26), DAY }, { "A02", nov(26), DAY } };
		List<RosterShift> roster = new ArrayList<>();
		for (Object[] row : plan) {
			ShiftCode code = (ShiftCode) row[2];
			roster.add(new RosterShift((String) row[0], (LocalDate) row[1], code, start(code), end(code),
					Source.of("roster.csv", roster.size() + 2)));
		}
		return roster;
	}

	/** attendance.csv */
	static List<SignIn> signIns() {
		return List.of(signIn(2, "A01", oct(26), DAY, "2026-10-26T08:05", "2026-10-26T16:00"),
				signIn(3, "A04", oct(26), DAY, "2026-10-26T07:45", "2026-10-26T16:00"),
				signIn(4, "A03", oct(26), EVENING, "2026-10-26T13:40", "2026-10-26T22:00"),
				signIn(5, "A02", oct(26), NIGHT, "2026-10-26T21:45", "2026-10-27T06:00"),
				signIn(6, "A03", nov(2), DAY, "2026-11-02T07:45", "2026-11-02T16:00"),
				signIn(7, "A02", nov(2), DAY, "2026-11-02T07:52", "2026-11-02T15:30"),
				signIn(8, "A04", nov(2), EVENING, "2026-11-02T13:45", "2026-11-02T22:00"),
				signIn(9, "A02", nov(3), DAY, "2026-11-03T07:40", "2026-11-03T16:00"),
				signIn(10, "A01", nov(3), EVENING, "2026-11-03T13:50", "2026-11-03T22:00"),
				signIn(11, "A04", nov(3), NIGHT, "2026-11-03T21:40", "2026-11-04T06:00"),
				signIn(12, "A02", nov(10), DAY, "2026-11-10T07:45", "2026-11-10T16:00"),
				signIn(13, "A03", nov(10), DAY, "2026-11-10T07:45", "2026-11-10T16:00"),
				signIn(14, "A04", nov(10), EVENING, "2026-11-10T13:45", "2026-11-10T22:00"),
				signIn(15, "A02", nov(10), NIGHT, "2026-11-10T21:45", "2026-11-11T06:00"),
				signIn(16, "A01", nov(11), DAY, "2026-11-11T07:45", "2026-11-11T16:00"),
				signIn(17, "A03", nov(11), EVENING, "2026-11-11T13:45", "2026-11-11T22:00"),
				signIn(18, "A01", nov(12), DAY, "2026-11-12T07:45", "2026-11-12T16:00"),
				signIn(19, "A05", nov(12), DAY, "2026-11-12T07:45", "2026-11-12T16:00"),
				signIn(20, "A02", nov(25), DAY, "2026-11-25T07:55", "2026-11-25T16:00"),
				signIn(21, "A03", nov(25), DAY, "2026-11-25T07:45", "2026-11-25T16:00"),
				signIn(22, "A05", nov(25), EVENING, "2026-11-25T13:45", "2026-11-25T22:00"),
				// A03 works A04's night without an approved swap (X5 was rejected)
				signIn(23, "A03", nov(25), NIGHT, "2026-11-25T21:50", "2026-11-26T06:00"));
	}

	/** leave.csv */
	static List<LeaveRequest> leaves() {
		LeaveRequest nightLeave = new LeaveRequest("LV1", "A03", LeaveRequest.Type.PERSONAL, false, nov(12), nov(12),
				at("2026-11-12T09:00"), "A03", RequestStatus.APPROVED, "S01", at("2026-11-12T10:00"), false, null,
				Source.of("leave.csv", 2));
		LeaveRequest byProxy = new LeaveRequest("LV2", "A04", LeaveRequest.Type.PERSONAL, false, nov(12), nov(12),
				at("2026-11-12T10:00"), "L01", RequestStatus.APPROVED, "L01", at("2026-11-12T10:30"), false, null,
				Source.of("leave.csv", 3));
		LeaveRequest sick = new LeaveRequest("LV3", "A05", LeaveRequest.Type.SICK, false, nov(2), nov(2),
				at("2026-11-02T07:00"), "A05", RequestStatus.APPROVED, "L01", at("2026-11-02T07:30"), true, nov(4),
				Source.of("leave.csv", 4));
		return List.of(nightLeave, byProxy, sick);
	}

	/** swaps.csv */
	static List<Swap> swaps() {
		Swap x5 = SwapFixtures.swap(7, "X5", "A04", "A03", nov(25), NIGHT, nov(26), DAY, "2026-11-20T09:00", "L01");
		return List.of(
				SwapFixtures.swap(2, "X0", "A02", "A03", oct(25), DAY, oct(25), EVENING, "2026-10-20T09:00", "L01"),
				SwapFixtures.swap(3, "X1", "A02", "A04", oct(26), DAY, oct(26), NIGHT, "2026-10-20T10:00", "L01"),
				SwapFixtures.swap(4, "X2", "A01", "A03", nov(2), DAY, nov(3), EVENING, "2026-10-28T10:00", "L01"),
				SwapFixtures.swap(5, "X3", "A01", "A02", nov(10), DAY, nov(12), DAY, "2026-11-05T09:00", "M01"),
				SwapFixtures.swap(6, "X4", "A01", "A05", nov(25), EVENING, nov(11), DAY, "2026-11-24T20:00", "S01"),
				SwapFixtures.rejected(x5));
	}

	/** breaks.csv */
	static List<BreakRecord> breaks() {
		return List.of(breakOf(2, "A01", oct(25), DAY, "09:00", "09:10", false),
				breakOf(3, "A03", nov(2), DAY, "10:00", "10:04", true),
				breakOf(4, "A02", nov(2), DAY, "10:02", "10:09", true),
				breakOf(5, "A02", nov(2), DAY, "11:00", "11:03", false),
				breakOf(6, "A03", nov(2), DAY, "11:03", "11:05", true),
				breakOf(7, "A03", nov(10), DAY, "14:30", "14:34", true),
				breakOf(8, "A04", nov(10), EVENING, "14:31", "14:35", true),
				breakOf(9, "A05", nov(12), DAY, "10:00", "10:03", true),
				breakOf(10, "A01", nov(12), DAY, "10:01", "10:04", true),
				breakOf(11, "A02", nov(26), DAY, "09:00", "09:20", false));
	}

	/** evaluations/qa.xlsx, sheet 评估 */
	static List<Evaluation> evaluations() {
		return List.of(evaluation(2, "E0", "A01", oct(25), new int[] { 10, 20, 30, 20, 10, 10 }, "C07"),
				evaluation(3, "E1", "A01", oct(26), new int[] { 10, 20, 30, 20, 10, 10 }),
				evaluation(4, "E2", "A02", nov(10), new int[] { 9, 18, 25, 18, 10, 9 }, "C08"),
				evaluation(5, "E3", "A04", nov(12), new int[] { 8, 15, 20, 12, 10, 8 }, "C14", "C01"),
				evaluation(6, "F1", "A03", nov(25), new int[0], "C18", "C18"),
				evaluation(7, "E4", "A05", nov(26), new int[] { 10, 20, 30, 20, 10, 10 }, "C03"));
	}

	private static LocalTime start(ShiftCode code) {
		return switch (code) {
			case DAY -> LocalTime.of(8, 0);
			case EVENING -> LocalTime.of(14, 0);
			case NIGHT -> LocalTime.of(22, 0);
		};
	}

	private static LocalTime end(ShiftCode code) {
		return switch (code) {
			case DAY -> LocalTime.of(16, 0);
			case EVENING -> LocalTime.of(22, 0);
			case NIGHT -> LocalTime.of(6, 0);
		};
	}

	private static SignIn signIn(int row, String agent, LocalDate date, ShiftCode shift, String in, String out) {
		return new SignIn(agent, date, shift, at(in), at(out), Source.of("attendance.csv", row));
	}

	private static BreakRecord breakOf(int row, String agent, LocalDate date, ShiftCode shift, String out, String back,
			boolean approved) {
		return new BreakRecord(agent, date, shift, date.atTime(LocalTime.parse(out)), date.atTime(LocalTime.parse(back)),
				approved, Source.of("breaks.csv", row));
	}

	/** An evaluation with the default form's items in column order; no items makes a floor observation. */
	private static Evaluation evaluation(int row, String id, String agent, LocalDate callDate, int[] scores,
			String... codes) {
		String[] items = { "greeting", "listening", "accuracy", "courtesy", "compliance", "closing" };
		Map<String, BigDecimal> itemScores = new LinkedHashMap<>();
		for (int i = 0; i < scores.length; i++) {
			itemScores.put(items[i], BigDecimal.valueOf(scores[i]));
		}
		return new Evaluation(id, callDate, agent, "S01", itemScores, List.of(codes),
				new Source("evaluations/qa.xlsx", "评估", row));
	}

}
