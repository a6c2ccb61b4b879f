package com.conductledger.scoring.rules;

import static com.conductledger.scoring.rules.LedgerLines.line;
import static com.conductledger.scoring.rules.LedgerLines.nov;
import static com.conductledger.scoring.rules.LedgerLines.oct;
import static com.conductledger.scoring.rules.RulesFixtures.defaultSchedule;
import static com.conductledger.scoring.rules.ShiftCode.DAY;
import static com.conductledger.scoring.rules.ShiftCode.EVENING;
import static com.conductledger.scoring.rules.ShiftCode.NIGHT;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The whole engine over {@link NovemberScenario}: every line of the period's ledger, worked out by
 * hand from rules.md, in the ledger's order (person, date, shift, rule).
 */
class PeriodScoringScenarioTests {

	private final ScoringResult result = new PeriodScoring(defaultSchedule()).score(NovemberScenario.facts());

	@Test
	void novemberLedgerHoldsExactlyTheseLinesInLedgerOrder() {
		assertThat(result.entries()).containsExactly(
				// A01: late on the period's first day; X4 is the third swap, late, repaid on the holiday, with a CHAT agent
				line("A01", "ATT-LATE", "38", oct(26), DAY, 2, attendance(2),
						"signed in 10-26 08:05, after the start 10-26 08:00"),
				line("A01", "SW-EXCESS", "36", nov(25), EVENING, 5, swaps(6), "swap number 3 of the period, limit 2"),
				line("A01", "SW-HOLIDAY", "32", nov(25), EVENING, 2, swaps(6), "swap or repayment on a public holiday: 2026-11-11"),
				line("A01", "SW-JOB-MISMATCH", "33", nov(25), EVENING, 2, swaps(6), "job types differ: VOICE and CHAT"),
				line("A01", "SW-LATE-REQUEST", "32", nov(25), EVENING, 2, swaps(6),
						"requested 2026-11-24T20:00, less than 24 h before the shift at 2026-11-25T14:00"),
				// A02: X1 on the first day follows X0 of 25 October
				line("A02", "SW-CONSECUTIVE", "36", oct(26), DAY, 2, swaps(3), "another approved swap on 2026-10-25"),
				line("A02", "ATT-EARLY-LEAVE", "42", nov(2), DAY, 2, attendance(7),
						"signed out 11-02 15:30, before the end 11-02 16:00"),
				line("A02", "ATT-HANDOVER-LATE", "38", nov(2), DAY, 1, attendance(7),
						"signed in 11-02 07:52, less than 10 min before the start 11-02 08:00"),
				line("A02", "BR-CONCURRENT", "47(1)1", nov(2), DAY, 1, breaks(4),
						"2 of the post away at once, at most 1 allowed"),
				line("A02", "BR-OVERTIME", "47(1)1", nov(2), DAY, 1, breaks(4), "away 7 min, more than 5 min"),
				line("A02", "BR-UNAPPROVED", "47(1)1", nov(2), DAY, 1, breaks(5), "left at 11-02 11:00 without the team lead's approval"),
				line("A02", "QA-C08", "46(3) item 8", nov(10), null, 2, qa(4),
						"Personal calls, texts, e-mail or chat / 打私人电话、发短信、聊天", "evaluation E2"),
				line("A02", "SW-BACK-TO-BACK", "36", nov(10), DAY, 2, swaps(5),
						"only 6 h rest between 2026-11-10 DAY and 2026-11-10 NIGHT, at least 8 h"),
				line("A02", "ATT-HANDOVER-LATE", "38", nov(25), DAY, 1, attendance(20),
						"signed in 11-25 07:55, less than 10 min before the start 11-25 08:00"),
				// A03: headset off twice on one floor round; covered A04's last night privately
				line("A03", "QA-C18", "46(3) item 18", nov(25), null, 1, qa(6),
						"Headset off or not worn on duty / 随意摘下或不戴耳麦", "floor observation F1"),
				line("A03", "QA-C18", "46(3) item 18", nov(25), null, 1, qa(6),
						"Headset off or not worn on duty / 随意摘下或不戴耳麦", "floor observation F1"),
				line("A03", "SW-PRIVATE-COVER", "36", nov(25), NIGHT, 0, attendance(23),
						"worked the shift rostered to A04 without an approved swap"),
				// A04: a fatal code; a leave asked for by the team lead on the day; a private swap
				line("A04", "QA-C01", "46(3) item 1", nov(12), null, 2, qa(5),
						"Joking or idle chat with customers / 与客户开玩笑、闲聊", "evaluation E3"),
				line("A04", "QA-C14", "46(3) item 14", nov(12), null, 5, qa(5),
						"Harsh or impatient tone, quarrelling / 语气生硬、不耐烦、与客户争吵",
						"evaluation E3, fatal: evaluation scored 0"),
				line("A04", "ATT-ABSENT", "26, 27, 28", nov(12), EVENING, 10, leave(3),
						"LEAVE_BY_PROXY: leave LV2 submitted by L01, not by the agent",
						"LEAVE_AUTHORITY: leave LV2 of 1 shift(s) approved by L01 (TEAM_LEAD), needs SUPERVISOR",
						"LEAVE_NOT_IN_ADVANCE: leave LV2 requested 11-12 10:00 for the shift starting 11-12 14:00, ordinary leave needs 24 h"),
				line("A04", "ATT-ABSENT", "36", nov(25), NIGHT, 10, attendance(23),
						"PRIVATE_SWAP: A03 signed in for it without an approved swap"),
				// A05: a valid sick leave whose certificate came a day late
				line("A05", "LV-SICK-CERT-LATE", "29", nov(2), null, 2, leave(4),
						"certificate of leave LV3 handed in 2026-11-04, due by 2026-11-03"),
				// the approvers: L01 of X1, S01 of X4 (M01 approved X3, whose only fault is A02's rest)
				line("L01", "SW-IMPROPER-APPROVAL", "35", oct(26), DAY, 1, swaps(3),
						"approved swap X1 despite SW-CONSECUTIVE"),
				line("S01", "SW-IMPROPER-APPROVAL", "35", nov(25), EVENING, 1, swaps(6),
						"approved swap X4 despite SW-EXCESS, SW-LATE-REQUEST, SW-HOLIDAY, SW-JOB-MISMATCH"));
	}

	@Test
	void everyReasonOfTheNovemberLedgerIsReadBackAsItsCodeWithTheFactsThatDecidedIt() {
		assertThat(result.entries()).allSatisfy(entry -> assertThat(entry.reasons()).allSatisfy(reason -> {
			ReasonCode.Read read = ReasonCode.read(entry.ruleId(), reason).orElseThrow();
			assertThat(read.facts()).as(reason).isNotEmpty();
			assertThat(read.code().format(read.facts().values().toArray())).isEqualTo(reason);
		}));
	}

	@Test
	void anAbsenceCitesTheArticlesOfItsReasonsOnly() {
		assertThat(result.entries()).filteredOn(entry -> entry.ruleId().equals("ATT-ABSENT"))
			.extracting(LedgerEntry::article)
			.containsExactly("26, 27, 28", "36");
	}

	@Test
	void novemberHasNoDataWarnings() {
		assertThat(result.warnings()).isEmpty();
	}

	@Test
	void nothingDatedJustOutsideThePeriodIsScored() {
		assertThat(result.entries()).extracting(LedgerEntry::date)
			.allSatisfy(date -> assertThat(date).isBetween(oct(26), nov(25)));
	}

	private static Source attendance(int row) {
		return Source.of("attendance.csv", row);
	}

	private static Source swaps(int row) {
		return Source.of("swaps.csv", row);
	}

	private static Source breaks(int row) {
		return Source.of("breaks.csv", row);
	}

	private static Source leave(int row) {
		return Source.of("leave.csv", row);
	}

	private static Source qa(int row) {
		return new Source("evaluations/qa.xlsx", "评估", row);
	}

}
