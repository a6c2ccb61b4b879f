package com.conductledger.reporting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.conductledger.period.CutoffDay;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scorecard.PersonMonth;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.ScorecardCalculator;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.Person;
import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.RulesFixtures;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Source;

/**
 * A small month for report tests: two teams with Chinese names, one name that looks like a
 * spreadsheet formula, a team lead with an approval entry, ranked and unevaluated people.
 */
public final class ReportFixtures {

	public static final Period NOVEMBER = Period.of("2026-11", new CutoffDay(25));

	public static final Person WANG_FANG = new Person("A0001", "王芳", "T01", "VOICE", 3, Role.AGENT);

	public static final Person LI_NA = new Person("A0002", "李娜", "T01", "VOICE", 4, Role.AGENT);

	public static final Person FORMULA = new Person("A0003", "=HYPERLINK(\"x\")", "T02", "ONLINE", 2, Role.AGENT);

	public static final Person ZHANG_WEI = new Person("A0004", "张伟", "T02", "VOICE", 3, Role.AGENT);

	public static final Person LEAD = new Person("L01", "陈艳", "T01", "VOICE", 5, Role.TEAM_LEAD);

	private ReportFixtures() {
	}

	public static List<LedgerEntry> ledger() {
		return List.of(
				entry(WANG_FANG, "ATT-HANDOVER-LATE", "38", LocalDate.of(2026, 11, 2), ShiftCode.DAY, 1,
						"signed in 11-02 07:55, less than 10 min before the start 11-02 08:00", Source.of("attendance.csv", 12)),
				entry(LI_NA, "ATT-ABSENT", "26, 29, 30, 31, 34, 36, 37", LocalDate.of(2026, 11, 3), ShiftCode.NIGHT, 10,
						"LEAVE_BY_PROXY", Source.of("leave.csv", 4)),
				entry(LI_NA, "QA-C14", "46(3) item 14", LocalDate.of(2026, 11, 5), null, 5,
						"Harsh or impatient tone, quarrelling / 语气生硬、不耐烦、与客户争吵",
						new Source("evaluations/qa-2026-11-E01.xlsx", "Evaluations", 7)),
				entry(FORMULA, "BR-OVERTIME", "47(1)1", LocalDate.of(2026, 11, 6), ShiftCode.EVENING, 1,
						"away 7 min, more than 5 min", Source.of("breaks.csv", 40)),
				entry(LEAD, "SW-IMPROPER-APPROVAL", "35", LocalDate.of(2026, 11, 19), ShiftCode.DAY, 1,
						"approved swap SW0004 despite SW-EXCESS", Source.of("swaps.csv", 5)));
	}

	public static MonthReport november() {
		PenaltySchedule schedule = RulesFixtures.defaultSchedule();
		List<LedgerEntry> ledger = ledger();
		Map<Person, String[]> scores = Map.of(WANG_FANG, new String[] { "96", "94" }, LI_NA, new String[] { "88" },
				FORMULA, new String[] { "75", "79" }, ZHANG_WEI, new String[] {}, LEAD, new String[] {});
		List<PersonMonth> months = new ArrayList<>();
		for (Person person : List.of(WANG_FANG, LI_NA, FORMULA, ZHANG_WEI, LEAD)) {
			PersonMonth month = new PersonMonth(person);
			for (String score : scores.get(person)) {
				month.addEvaluationScore(new BigDecimal(score));
			}
			ledger.stream()
				.filter(entry -> entry.personId().equals(person.id()))
				.forEach(entry -> month.addEntry(entry, entry.ruleId().equals("QA-C14")));
			months.add(month);
		}
		List<Scorecard> cards = new ScorecardCalculator(schedule).scorecards(months);
		return new MonthReport(NOVEMBER, schedule, cards, ledger::forEach, false);
	}

	private static LedgerEntry entry(Person person, String rule, String article, LocalDate date, ShiftCode shift,
			int points, String reason, Source source) {
		return new LedgerEntry(person.id(), rule, article, date, shift, points, List.of(reason), source);
	}

}
