package com.conductledger.explain;

import java.util.Optional;

import com.conductledger.scoring.rules.ReasonCode;

/**
 * What a reason means when its facts are not known: a ledger written before the rules recorded
 * them holds the bare code ({@code LEAVE_NOT_IN_ADVANCE}) or a text of an earlier form. Then the
 * sentence says what the code or the rule stands for.
 */
final class GenericSentences {

	private GenericSentences() {
	}

	/** The meaning of a bare reason code, for the codes that ledgers once held bare. */
	static Optional<Sentence> of(ReasonCode code) {
		return Optional.ofNullable(switch (code) {
			case NO_SHOW -> new Sentence("无签到、无有效请假，按旷工处理", "no sign-in and no valid leave: absent");
			case PRIVATE_SWAP -> new Sentence("他人私自顶班，私自调班视为旷工",
					"someone else worked the shift without an approved swap; a private swap is absenteeism");
			case LEAVE_ON_SWAP_SHIFT -> new Sentence("请假落在换班或还班班次上，换班和还班均不得请假",
					"leave on a swap or repayment shift; no leave on those");
			case LEAVE_NOT_APPROVED -> new Sentence("请假未获批准", "the leave was not approved");
			case LEAVE_BY_PROXY -> new Sentence("事假由他人代请，事假须本人办理",
					"personal leave requested by someone else; it must be requested in person");
			case LEAVE_AUTHORITY -> new Sentence("批准人无此权限：一天由客服主管批准，一天以上由运营经理批准",
					"approved without the authority: one day by a supervisor, more by the operations manager");
			case LEAVE_NOT_IN_ADVANCE -> new Sentence("请假未按时提前提出（普通事假提前一天，特殊事假班前一小时），也未经运营经理批准",
					"leave not requested in time (ordinary a day ahead, urgent an hour before) nor approved by the operations manager");
			case NIGHT_LEAVE_RULE -> new Sentence("夜班请假须在当日十二点前提出并经主管批准",
					"night-shift leave must be requested before noon that day and approved by a supervisor");
			case HOLIDAY_LEAVE_RULE -> new Sentence("节假日请假须提前两天提出并经运营经理批准",
					"holiday leave must be requested two days ahead and approved by the operations manager");
			case SICK_NOT_NOTIFIED -> new Sentence("病假未在班前通知班长", "sick leave not reported before the shift");
			case SICK_NO_CERTIFICATE -> new Sentence("病假无医疗单位证明", "sick leave without a medical certificate");
			default -> null;
		});
	}

	/** The meaning of a rule, for a reason whose text is of no known form. */
	static Optional<Sentence> ofRule(String ruleId) {
		if (ruleId.startsWith("QA-")) {
			return Optional.of(new Sentence("违反话务人员不可为准则", "a prohibited behaviour of Art. 46(3)"));
		}
		return Optional.ofNullable(switch (ruleId) {
			case "ATT-ABSENT" -> new Sentence("无签到且无有效请假，按旷工处理", "absent without a valid leave");
			case "ATT-LATE" -> new Sentence("签到晚于班次开始", "signed in after the shift start");
			case "ATT-HANDOVER-LATE" -> new Sentence("未提前到岗做好接班准备", "not ready early for the handover");
			case "ATT-EARLY-LEAVE" -> new Sentence("签退早于班次结束", "signed out before the shift end");
			case "LV-SICK-CERT-LATE" -> new Sentence("病假证明未在病假结束后第一天交给班长",
					"sick certificate not handed in on the first day after the leave");
			case "SW-EXCESS" -> new Sentence("当月换班超过次数限制", "more swaps than the monthly limit");
			case "SW-LATE-REQUEST" -> new Sentence("换班未提前一天申请", "swap not requested a day ahead");
			case "SW-HOLIDAY" -> new Sentence("节假日换班或还班，节假日当班人员不允许换班", "swap or repayment on a public holiday");
			case "SW-JOB-MISMATCH" -> new Sentence("换班双方工种或技能水平不相当", "swap between different job types or skill levels");
			case "SW-CONSECUTIVE" -> new Sentence("连续换班", "consecutive swaps");
			case "SW-BACK-TO-BACK" -> new Sentence("换班者或还班者连班，休息不足", "back-to-back shifts after a swap");
			case "SW-IMPROPER-APPROVAL" -> new Sentence("批准了违规的换班，班长不得随意批准", "approved a swap that breaks the rules");
			case "SW-PRIVATE-COVER" -> new Sentence("未经批准换班，私自顶替他人班次上班",
					"worked someone else's shift without an approved swap (a private swap)");
			case "BR-OVERTIME" -> new Sentence("离岗超过规定时间", "away from the post too long");
			case "BR-UNAPPROVED" -> new Sentence("未经班长批准离岗", "left the post without the team lead's approval");
			case "BR-CONCURRENT" -> new Sentence("同岗位同时离岗人数超限", "too many of the post away at once");
			case "DISPUTE-CORRECTION" -> new Sentence("申诉处理后的更正", "a correction after a dispute");
			default -> null;
		});
	}

}
