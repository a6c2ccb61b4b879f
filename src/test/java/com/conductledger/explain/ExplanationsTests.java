package com.conductledger.explain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.ReasonCode;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Source;

import static com.conductledger.scoring.rules.ReasonCode.*;
import static org.assertj.core.api.Assertions.assertThat;

/** Every reason code said in plain Chinese and English with the facts the rule recorded, and the article it applies. */
class ExplanationsTests {

	// attendance (Art. 26, 34, 36, 38, 42)

	@Test
	void lateSignInSaysWhenAgainstTheStart() {
		assertThat(say("ATT-LATE", "38", SIGNED_IN_LATE.format("11-02 08:05", "11-02 08:00"))).isEqualTo(
				"签到 11-02 08:05，晚于班次开始 08:00（第38条） / signed in 11-02 08:05, after the shift start 08:00 (Art. 38)");
	}

	@Test
	void aNightShiftSignedInForAfterMidnightKeepsTheDateOfItsStart() {
		assertThat(say("ATT-LATE", "38", SIGNED_IN_LATE.format("11-11 00:05", "11-10 22:00"))).isEqualTo(
				"签到 11-11 00:05，晚于班次开始 11-10 22:00（第38条） / signed in 11-11 00:05, after the shift start 11-10 22:00 (Art. 38)");
	}

	@Test
	void handoverLateSaysTheMinutesNeeded() {
		assertThat(say("ATT-HANDOVER-LATE", "38", NOT_READY_FOR_HANDOVER.format("11-02 07:52", 10, "11-02 08:00")))
			.isEqualTo("签到 11-02 07:52，距班次开始 08:00 不足 10 分钟，接班须提前 10 分钟做好准备（第38条） / signed in 11-02 07:52, "
					+ "less than 10 min before the shift start 08:00; the handover needs 10 min (Art. 38)");
	}

	@Test
	void aNightShiftLeftEarlyTheNextMorningSaysBothTimes() {
		assertThat(say("ATT-EARLY-LEAVE", "42", SIGNED_OUT_EARLY.format("11-11 05:30", "11-11 06:00"))).isEqualTo(
				"签退 11-11 05:30，早于班次结束 06:00（第42条） / signed out 11-11 05:30, before the shift end 06:00 (Art. 42)");
	}

	@Test
	void aNoShowOnANightShiftSpansMidnight() {
		assertThat(say("ATT-ABSENT", "26", NO_SHOW.format("shift", "11-10 22:00", "11-11 06:00"))).isEqualTo(
				"班次 11-10 22:00–11-11 06:00 无签到、无有效请假，按旷工处理（第26条） / "
						+ "no sign-in and no valid leave for the shift 11-10 22:00–11-11 06:00: absent (Art. 26)");
	}

	@Test
	void aNoShowOnASwapShiftCitesArticle34() {
		assertThat(say("ATT-ABSENT", "34", NO_SHOW.format("swap shift", "11-02 08:00", "11-02 16:00"))).isEqualTo(
				"换班班次 11-02 08:00–16:00 无签到、无有效请假，按旷工处理（第34条） / "
						+ "no sign-in and no valid leave for the swap shift 11-02 08:00–16:00: absent (Art. 34)");
	}

	@Test
	void aPrivateSwapNamesWhoCovered() {
		assertThat(say("ATT-ABSENT", "36", PRIVATE_SWAP.format("A03"))).isEqualTo("本班次由 A03 私自顶班，私自调班视为旷工（第36条） / "
				+ "A03 worked this shift without an approved swap; a private swap is absenteeism (Art. 36)");
	}

	@Test
	void theCoverOfAPrivateSwapNamesWhoseShiftItWas() {
		assertThat(say("SW-PRIVATE-COVER", "36", PRIVATE_COVER.format("A04"))).isEqualTo(
				"未经批准换班，私自顶替 A04 的班次上班（第36条） / worked A04's rostered shift without an approved swap (a private swap) (Art. 36)");
	}

	// leave (Art. 26-31, 37)

	@Test
	void leaveNotInAdvanceReadsAsTheIssueAsksWithTheShiftDateLeftOutWhenItIsTheSameDay() {
		assertThat(say("ATT-ABSENT", "26", LEAVE_NOT_IN_ADVANCE.format("LV1", "11-12 07:30", "11-12 08:00", "ordinary", 24)))
			.isEqualTo("请假申请 11-12 07:30，班次 08:00 开始，普通事假需提前 24 小时（第26条） / "
					+ "requested 11-12 07:30 for a shift starting 08:00; ordinary leave needs 24 h (Art. 26)");
	}

	@Test
	void urgentLeaveNotInAdvanceSaysTheHourBeforeTheShiftAndTheDateOfANextDayShift() {
		assertThat(say("ATT-ABSENT", "26", LEAVE_NOT_IN_ADVANCE.format("LV1", "11-12 23:30", "11-13 00:00", "urgent", 1)))
			.isEqualTo("请假申请 11-12 23:30，班次 11-13 00:00 开始，特殊事假需在班前 1 小时（第26条） / "
					+ "requested 11-12 23:30 for a shift starting 11-13 00:00; urgent leave needs 1 h (Art. 26)");
	}

	@Test
	void nightLeaveRequestedAtNoonIsNotBeforeNoon() {
		assertThat(say("ATT-ABSENT", "30", NIGHT_LEAVE_RULE.format("LV1", "11-10 12:00", "S01 (SUPERVISOR)", "11-10 12:00")))
			.isEqualTo("夜班请假申请 11-10 12:00，批准人 S01（客服主管）；夜班请假须在 12:00 前提出并经客服主管批准（第30条） / "
					+ "night-shift leave requested 11-10 12:00, approved by S01 (supervisor); it must be requested before 12:00 "
					+ "and approved by a supervisor (Art. 30)");
	}

	@Test
	void nightLeaveRequestedTheDayBeforeButApprovedByNobodyKeepsTheDeadlinesDate() {
		assertThat(say("ATT-ABSENT", "30", NIGHT_LEAVE_RULE.format("LV1", "11-09 18:00", "nobody", "11-10 12:00")))
			.startsWith("夜班请假申请 11-09 18:00，批准人 无批准人；夜班请假须在 11-10 12:00 前提出")
			.contains("approved by nobody; it must be requested before 11-10 12:00");
	}

	@Test
	void holidayLeaveSaysTheNoticeAndTheApprover() {
		assertThat(say("ATT-ABSENT", "31",
				HOLIDAY_LEAVE_RULE.format("LV1", "11-10 09:00", "11-11 08:00", "S01 (SUPERVISOR)", 48))).isEqualTo(
						"节假日请假申请 11-10 09:00，班次 11-11 08:00 开始，批准人 S01（客服主管）；节假日请假须提前 48 小时并经运营经理批准（第31条） / "
								+ "holiday leave requested 11-10 09:00 for a shift starting 11-11 08:00, approved by S01 (supervisor); "
								+ "it needs 48 h and the operations manager (Art. 31)");
	}

	@Test
	void leaveOnASwapShiftNamesTheSwap() {
		assertThat(say("ATT-ABSENT", "37", LEAVE_ON_SWAP_SHIFT.format("LV1", "repayment shift", "X1"))).isEqualTo(
				"请假 LV1 落在换班 X1 的还班班次上，换班和还班均不得请假（第37条） / "
						+ "leave LV1 falls on the repayment shift of swap X1; no leave on swap or repayment shifts (Art. 37)");
	}

	@Test
	void leaveNotApprovedSaysItsStatus() {
		assertThat(say("ATT-ABSENT", "26, 27", LEAVE_NOT_APPROVED.format("LV1", "PENDING")))
			.isEqualTo("请假 LV1 待审批，未获批准（第26、27条） / leave LV1 is pending, not approved (Art. 26, 27)");
	}

	@Test
	void leaveByProxySaysWhoSubmittedIt() {
		assertThat(say("ATT-ABSENT", "28", LEAVE_BY_PROXY.format("LV1", "L01"))).isEqualTo(
				"事假 LV1 由 L01 代请，事假须本人办理（第28条） / personal leave LV1 was submitted by L01; it must be requested in person (Art. 28)");
	}

	@Test
	void leaveAuthoritySaysTheApproverAndWhoWasNeeded() {
		assertThat(say("ATT-ABSENT", "27", LEAVE_AUTHORITY.format("LV1", 2, "S01 (SUPERVISOR)", "OPS_MANAGER"))).isEqualTo(
				"请假 LV1 共 2 个班次，批准人 S01（客服主管），须由运营经理批准（第27条） / "
						+ "leave LV1 of 2 shift(s) approved by S01 (supervisor); it needs the operations manager (Art. 27)");
	}

	@Test
	void sickLeaveReportedAfterTheShiftStartedSaysBothTimes() {
		assertThat(say("ATT-ABSENT", "29", SICK_NOT_NOTIFIED.format("LV2", "11-02 09:00", "11-02 08:00"))).isEqualTo(
				"病假 LV2 于 11-02 09:00 报告，晚于首个班次开始 08:00，须在班前电话通知班长（第29条） / "
						+ "sick leave LV2 reported 11-02 09:00, after its first shift started 08:00; the team lead must be phoned before the shift (Art. 29)");
	}

	@Test
	void sickLeaveWithoutCertificate() {
		assertThat(say("ATT-ABSENT", "29", SICK_NO_CERTIFICATE.format("LV2")))
			.isEqualTo("病假 LV2 无医疗单位证明（第29条） / sick leave LV2 has no medical certificate (Art. 29)");
	}

	@Test
	void sickCertificateLateSaysWhenItWasDue() {
		assertThat(say("LV-SICK-CERT-LATE", "29", SICK_CERTIFICATE_LATE.format("LV3", "2026-11-04", "2026-11-03"))).isEqualTo(
				"病假 LV3 的证明 2026-11-04 才交给班长，应不迟于 2026-11-03（第29条） / "
						+ "the certificate of sick leave LV3 was handed in 2026-11-04, due by 2026-11-03 (Art. 29)");
	}

	// swaps (Art. 32-36)

	@Test
	void swapOverTheLimit() {
		assertThat(say("SW-EXCESS", "36", SWAP_OVER_LIMIT.format(3, 2))).isEqualTo(
				"本期第 3 次换班，每人每月最多 2 次（第36条） / swap number 3 of the period; at most 2 a month (Art. 36)");
	}

	@Test
	void swapRequestedLateReadsTheTimesTheRuleWroteInIsoForm() {
		assertThat(say("SW-LATE-REQUEST", "32", SWAP_REQUESTED_LATE.format("2026-11-24T20:00", 24, "2026-11-25T14:00")))
			.isEqualTo("换班申请 11-24 20:00，距班次 11-25 14:00 开始不足 24 小时（第32条） / "
					+ "swap requested 11-24 20:00, less than 24 h before the shift starting 11-25 14:00 (Art. 32)");
	}

	@Test
	void swapOnAHolidayNamesTheDates() {
		assertThat(say("SW-HOLIDAY", "32", SWAP_ON_HOLIDAY.format("2026-11-11, 2026-11-12"))).isEqualTo(
				"换班或还班日 2026-11-11, 2026-11-12 为节假日，节假日当班人员不允许换班（第32条） / "
						+ "swap or repayment on the public holiday 2026-11-11, 2026-11-12, when rostered staff may not swap (Art. 32)");
	}

	@Test
	void swapAcrossJobTypesAndSkillLevels() {
		assertThat(say("SW-JOB-MISMATCH", "33", SWAP_JOB_TYPES.format("VOICE", "CHAT"))).isEqualTo(
				"双方工种不同（VOICE 与 CHAT），换班须同工种（第33条） / job types differ (VOICE and CHAT); a swap needs the same job type (Art. 33)");
		assertThat(say("SW-JOB-MISMATCH", "33", SWAP_SKILL_GAP.format(1, 1, 3))).isEqualTo(
				"双方技能等级 1 与 3 相差超过 1 级（第33条） / skill levels 1 and 3 differ by more than 1 (Art. 33)");
	}

	@Test
	void consecutiveSwaps() {
		assertThat(say("SW-CONSECUTIVE", "36", SWAP_CONSECUTIVE.format("2026-10-25"))).isEqualTo(
				"前一天 2026-10-25 已有获批换班，不允许连续换班（第36条） / another approved swap the day before, 2026-10-25; no consecutive swaps (Art. 36)");
	}

	@Test
	void backToBackShiftsSayTheRestInChineseUnits() {
		assertThat(say("SW-BACK-TO-BACK", "36",
				SWAP_BACK_TO_BACK.format("7 h 59 min", "2026-11-10", "DAY", "2026-11-10", "NIGHT", "8 h"))).isEqualTo(
						"2026-11-10 白班与 2026-11-10 夜班之间仅休息 7 小时 59 分钟，至少需 8 小时，换班者与还班者不得连班（第36条） / "
								+ "only 7 h 59 min rest between 2026-11-10 DAY and 2026-11-10 NIGHT; at least 8 h needed (Art. 36)");
	}

	@Test
	void improperApprovalNamesTheRulesBroken() {
		assertThat(say("SW-IMPROPER-APPROVAL", "35", SWAP_IMPROPER_APPROVAL.format("X4", "SW-EXCESS, SW-HOLIDAY"))).isEqualTo(
				"批准了换班 X4，而该换班违反：超次换班、节假日换班；班长不得随意批准（第35条） / "
						+ "approved swap X4 although it breaks: swaps over the limit (SW-EXCESS), swap on a holiday (SW-HOLIDAY) (Art. 35)");
	}

	// breaks (Art. 47(1)1)

	@Test
	void breaks() {
		assertThat(say("BR-OVERTIME", "47(1)1", BREAK_OVERTIME.format("5 min 1 s", "5 min"))).isEqualTo(
				"离岗 5 分钟 1 秒，超过 5 分钟（第47条(一)第1项） / away 5 min 1 s, more than 5 min (Art. 47(1)1)");
		assertThat(say("BR-UNAPPROVED", "47(1)1", BREAK_UNAPPROVED.format("11-02 23:58"))).isEqualTo(
				"11-02 23:58 离岗，未经班长批准（第47条(一)第1项） / left the post at 11-02 23:58 without the team lead's approval (Art. 47(1)1)");
		assertThat(say("BR-CONCURRENT", "47(1)1", BREAK_CONCURRENT.format(2, 1))).isEqualTo(
				"同岗位同时离岗 2 人，最多允许 1 人，后离岗者须等前离岗者返岗（第47条(一)第1项） / "
						+ "2 of the post away at once, at most 1; a later leaver must wait (Art. 47(1)1)");
	}

	// conduct (Art. 46(3))

	@Test
	void aConductCodeCitesItsItemAndTheEvaluationWhereItWasSeen() {
		Explanation explanation = Explanations.of("QA-C14", "46(3) item 14",
				List.of(CONDUCT_BEHAVIOUR.format("Harsh or impatient tone, quarrelling", "语气生硬、不耐烦、与客户争吵"),
						EVALUATION_FATAL.format("E3")));

		assertThat(explanation.chinese()).isEqualTo("语气生硬、不耐烦、与客户争吵（第46条(三)第14项）；质检评估 E3，致命项：该次评估计 0 分");
		assertThat(explanation.english())
			.isEqualTo("Harsh or impatient tone, quarrelling (Art. 46(3) item 14); evaluation E3; a fatal code: it scores 0");
		assertThat(say("QA-C18", "46(3) item 18", FLOOR_OBSERVATION.format("F1"))).isEqualTo("现场巡查 F1 / floor observation F1");
		assertThat(say("QA-C02", "46(3) item 2", FLOOR_OBSERVATION_FATAL.format("F2")))
			.isEqualTo("现场巡查 F2，致命项 / floor observation F2, a fatal code");
		assertThat(say("QA-C08", "46(3) item 8", EVALUATION.format("E2"))).isEqualTo("质检评估 E2 / evaluation E2");
	}

	// corrections

	@Test
	void anAdjustmentSaysItsPeriodThenTheOriginalReason() {
		Explanation explanation = Explanations.of("ATT-LATE", "38",
				List.of(ADJUSTMENT_WITHDRAWN.format("2026-10"), SIGNED_IN_LATE.format("10-20 08:05", "10-20 08:00")));

		assertThat(explanation.sentences()).extracting(Sentence::toString)
			.containsExactly("2026-10 的调整：后到的数据撤销此项 / adjustment of 2026-10: withdrawn by late data",
					"签到 10-20 08:05，晚于班次开始 08:00（第38条） / signed in 10-20 08:05, after the shift start 08:00 (Art. 38)");
		assertThat(say("SW-EXCESS", "36", ADJUSTMENT_ADDED.format("2026-10")))
			.isEqualTo("2026-10 的调整：后到的数据新增此项 / adjustment of 2026-10: added by late data");
	}

	@Test
	void aDisputeCorrectionSaysTheResolversNote() {
		assertThat(say("DISPUTE-CORRECTION", "38", "dispute D-007: the clock was wrong that morning"))
			.isEqualTo("申诉 D-007 的处理：the clock was wrong that morning / dispute D-007: the clock was wrong that morning");
	}

	// old ledgers

	@Test
	void aBareCodeOfAnOldLedgerGetsWhatTheCodeMeansAndItsOwnArticle() {
		Explanation old = Explanations.of(new LedgerEntry("A04", "ATT-ABSENT", "26, 29, 30, 31, 34, 36, 37",
				LocalDate.of(2026, 11, 12), ShiftCode.EVENING, 10, List.of("LEAVE_BY_PROXY", "LEAVE_NOT_IN_ADVANCE"),
				Source.of("leave.csv", 3)));

		assertThat(old.sentences()).extracting(Sentence::toString)
			.containsExactly("事假由他人代请，事假须本人办理（第28条） / personal leave requested by someone else; it must be requested in person (Art. 28)",
					"请假未按时提前提出（普通事假提前一天，特殊事假班前一小时），也未经运营经理批准（第26条） / leave not requested in time "
							+ "(ordinary a day ahead, urgent an hour before) nor approved by the operations manager (Art. 26)");
	}

	@Test
	void anAbsenceOfAnOldLedgerCitesTheArticlesOfItsReasonsAndEveryOtherEntryItsOwn() {
		LedgerEntry old = new LedgerEntry("A04", "ATT-ABSENT", "26, 29, 30, 31, 34, 36, 37", LocalDate.of(2026, 11, 12),
				ShiftCode.EVENING, 10, List.of("LEAVE_NOT_IN_ADVANCE", "LEAVE_BY_PROXY"), Source.of("leave.csv", 3));
		LedgerEntry late = new LedgerEntry("A01", "ATT-LATE", "38", LocalDate.of(2026, 11, 2), ShiftCode.DAY, 2,
				List.of("signed in 11-02 08:05, after the start 11-02 08:00"), Source.of("attendance.csv", 2));

		assertThat(Explanations.article(old)).isEqualTo("26, 28");
		assertThat(Explanations.article(late)).isEqualTo("38");
	}

	@Test
	void everyBareCodeOfAnAbsenceOfAnOldLedgerHasItsSentence() {
		for (String code : List.of("NO_SHOW", "PRIVATE_SWAP", "LEAVE_ON_SWAP_SHIFT", "LEAVE_NOT_APPROVED", "LEAVE_BY_PROXY",
				"LEAVE_AUTHORITY", "LEAVE_NOT_IN_ADVANCE", "NIGHT_LEAVE_RULE", "HOLIDAY_LEAVE_RULE", "SICK_NOT_NOTIFIED",
				"SICK_NO_CERTIFICATE")) {
			Sentence sentence = Explanations.of("ATT-ABSENT", "26, 29, 30, 31, 34, 36, 37", List.of(code)).sentences().get(0);
			assertThat(sentence.chinese()).as(code).doesNotContain(code).matches(".*（第[0-9、]+条）");
			assertThat(sentence.english()).as(code).doesNotContain(code).matches(".*\\(Art\\. [0-9, ]+\\)");
		}
	}

	@Test
	void aReasonOfAnEarlierFormGetsWhatItsRuleMeans() {
		assertThat(say("SW-PRIVATE-COVER", "36", "worked a shift rostered to someone else without an approved swap")).isEqualTo(
				"未经批准换班，私自顶替他人班次上班（第36条） / worked someone else's shift without an approved swap (a private swap) (Art. 36)");
		assertThat(say("BR-UNAPPROVED", "47(1)1", "left without the team lead's approval"))
			.isEqualTo("未经班长批准离岗（第47条(一)第1项） / left the post without the team lead's approval (Art. 47(1)1)");
		assertThat(say("SW-HOLIDAY", "32", "swap or repayment on a public holiday"))
			.isEqualTo("节假日换班或还班，节假日当班人员不允许换班（第32条） / swap or repayment on a public holiday (Art. 32)");
	}

	@Test
	void theDisputeMarkOfTheReportsIsSaidAsTheDisputeAndItsState() {
		assertThat(say("ATT-LATE", "38", "申诉 dispute D-004 OPEN")).isEqualTo("申诉 D-004 待处理 / dispute D-004 open");
		assertThat(say("ATT-LATE", "38", "申诉 dispute D-011 WAIVED")).isEqualTo("申诉 D-011 免除 / dispute D-011 waived");
		assertThat(say("ATT-LATE", "38", "申诉 dispute D-012 REDUCED")).isEqualTo("申诉 D-012 减分 / dispute D-012 reduced");
	}

	@Test
	void aReasonOfARuleUnknownHereIsShownAsItIs() {
		assertThat(say("XX-NEW", "99", "something new")).isEqualTo("something new / something new");
	}

	@Test
	void everyReasonCodeHasASentenceThatHoldsItsFacts() {
		Arrays.stream(ReasonCode.values()).forEach(code -> {
			String rule = code.rule() == null ? "ATT-LATE" : code.rule().endsWith("-") ? code.rule() + "C01" : code.rule();
			Object[] facts = new Object[code.format(new Object[countFacts(code)]).split("null", -1).length - 1];
			Arrays.fill(facts, "F4CT");
			Explanation explanation = Explanations.of(rule, "38", List.of(code.format(facts)));
			assertThat(explanation.sentences()).as(code.name()).hasSize(1);
			assertThat(explanation.chinese()).as(code.name()).contains("F4CT");
			assertThat(explanation.english()).as(code.name()).contains("F4CT");
		});
	}

	private static int countFacts(ReasonCode code) {
		for (int n = 0;; n++) {
			try {
				code.format(new Object[n]);
				return n;
			}
			catch (IllegalArgumentException wrongCount) {
				// try one more
			}
		}
	}

	private static String say(String rule, String article, String reason) {
		Explanation explanation = Explanations.of(rule, article, List.of(reason));
		assertThat(explanation.sentences()).hasSize(1);
		return explanation.sentences().get(0).toString();
	}

}
