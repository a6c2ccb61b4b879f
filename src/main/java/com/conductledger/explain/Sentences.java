package com.conductledger.explain;

import com.conductledger.scoring.rules.ReasonCode;

/** What each reason says with its facts, in Chinese and in English (the article is added by {@link Explanations}). */
final class Sentences {

	private Sentences() {
	}

	static Sentence of(ReasonCode code, Facts f) {
		return switch (code) {
			case SIGNED_IN_LATE -> new Sentence("签到 " + f.time("in") + "，晚于班次开始 " + f.timeAfter("start", "in"),
					"signed in " + f.time("in") + ", after the shift start " + f.timeAfter("start", "in"));
			case NOT_READY_FOR_HANDOVER -> new Sentence(
					"签到 " + f.time("in") + "，距班次开始 " + f.timeAfter("start", "in") + " 不足 " + f.get("minutes")
							+ " 分钟，接班须提前 " + f.get("minutes") + " 分钟做好准备",
					"signed in " + f.time("in") + ", less than " + f.get("minutes") + " min before the shift start "
							+ f.timeAfter("start", "in") + "; the handover needs " + f.get("minutes") + " min");
			case SIGNED_OUT_EARLY -> new Sentence("签退 " + f.time("out") + "，早于班次结束 " + f.timeAfter("end", "out"),
					"signed out " + f.time("out") + ", before the shift end " + f.timeAfter("end", "out"));
			case NO_SHOW -> new Sentence(
					f.duty("duty").chinese() + " " + f.time("start") + "–" + f.timeAfter("end", "start") + " 无签到、无有效请假，按旷工处理",
					"no sign-in and no valid leave for the " + f.duty("duty").english() + " " + f.time("start") + "–"
							+ f.timeAfter("end", "start") + ": absent");
			case PRIVATE_SWAP -> new Sentence("本班次由 " + f.get("cover") + " 私自顶班，私自调班视为旷工",
					f.get("cover") + " worked this shift without an approved swap; a private swap is absenteeism");
			case LEAVE_ON_SWAP_SHIFT -> new Sentence(
					"请假 " + f.get("leave") + " 落在换班 " + f.get("swap") + " 的" + f.duty("duty").chinese() + "上，换班和还班均不得请假",
					"leave " + f.get("leave") + " falls on the " + f.duty("duty").english() + " of swap " + f.get("swap")
							+ "; no leave on swap or repayment shifts");
			case LEAVE_NOT_APPROVED -> new Sentence("请假 " + f.get("leave") + " " + f.status("status").chinese() + "，未获批准",
					"leave " + f.get("leave") + " is " + f.status("status").english() + ", not approved");
			case LEAVE_BY_PROXY -> new Sentence("事假 " + f.get("leave") + " 由 " + f.get("submittedBy") + " 代请，事假须本人办理",
					"personal leave " + f.get("leave") + " was submitted by " + f.get("submittedBy") + "; it must be requested in person");
			case LEAVE_AUTHORITY -> new Sentence(
					"请假 " + f.get("leave") + " 共 " + f.get("days") + " 个班次，批准人 " + f.approver("approver").chinese() + "，须由"
							+ f.role("needed").chinese() + "批准",
					"leave " + f.get("leave") + " of " + f.get("days") + " shift(s) approved by " + f.approver("approver").english()
							+ "; it needs the " + f.role("needed").english().toLowerCase());
			case LEAVE_NOT_IN_ADVANCE -> notInAdvance(f);
			case NIGHT_LEAVE_RULE -> new Sentence(
					"夜班请假申请 " + f.time("requested") + "，批准人 " + f.approver("approver").chinese() + "；夜班请假须在 "
							+ f.timeAfter("deadline", "requested") + " 前提出并经客服主管批准",
					"night-shift leave requested " + f.time("requested") + ", approved by " + f.approver("approver").english()
							+ "; it must be requested before " + f.timeAfter("deadline", "requested") + " and approved by a supervisor");
			case HOLIDAY_LEAVE_RULE -> new Sentence(
					"节假日请假申请 " + f.time("requested") + "，班次 " + f.timeAfter("start", "requested") + " 开始，批准人 "
							+ f.approver("approver").chinese() + "；节假日请假须提前 " + f.get("hours") + " 小时并经运营经理批准",
					"holiday leave requested " + f.time("requested") + " for a shift starting " + f.timeAfter("start", "requested")
							+ ", approved by " + f.approver("approver").english() + "; it needs " + f.get("hours")
							+ " h and the operations manager");
			case SICK_NOT_NOTIFIED -> new Sentence(
					"病假 " + f.get("leave") + " 于 " + f.time("requested") + " 报告，晚于首个班次开始 " + f.timeAfter("start", "requested")
							+ "，须在班前电话通知班长",
					"sick leave " + f.get("leave") + " reported " + f.time("requested") + ", after its first shift started "
							+ f.timeAfter("start", "requested") + "; the team lead must be phoned before the shift");
			case SICK_NO_CERTIFICATE -> new Sentence("病假 " + f.get("leave") + " 无医疗单位证明",
					"sick leave " + f.get("leave") + " has no medical certificate");
			case SICK_CERTIFICATE_LATE -> new Sentence(
					"病假 " + f.get("leave") + " 的证明 " + f.get("handedIn") + " 才交给班长，应不迟于 " + f.get("due"),
					"the certificate of sick leave " + f.get("leave") + " was handed in " + f.get("handedIn") + ", due by " + f.get("due"));
			default -> swapsBreaksAndConduct(code, f);
		};
	}

	private static Sentence notInAdvance(Facts f) {
		boolean urgent = "urgent".equals(f.get("kind"));
		return new Sentence(
				"请假申请 " + f.time("requested") + "，班次 " + f.timeAfter("start", "requested") + " 开始，"
						+ (urgent ? "特殊事假需在班前 " : "普通事假需提前 ") + f.get("hours") + " 小时",
				"requested " + f.time("requested") + " for a shift starting " + f.timeAfter("start", "requested") + "; "
						+ f.get("kind") + " leave needs " + f.get("hours") + " h");
	}

	private static Sentence swapsBreaksAndConduct(ReasonCode code, Facts f) {
		return switch (code) {
			case SWAP_OVER_LIMIT -> new Sentence("本期第 " + f.get("ordinal") + " 次换班，每人每月最多 " + f.get("limit") + " 次",
					"swap number " + f.get("ordinal") + " of the period; at most " + f.get("limit") + " a month");
			case SWAP_REQUESTED_LATE -> new Sentence(
					"换班申请 " + f.time("requested") + "，距班次 " + f.timeAfter("start", "requested") + " 开始不足 " + f.get("hours") + " 小时",
					"swap requested " + f.time("requested") + ", less than " + f.get("hours") + " h before the shift starting "
							+ f.timeAfter("start", "requested"));
			case SWAP_ON_HOLIDAY -> new Sentence("换班或还班日 " + f.get("dates") + " 为节假日，节假日当班人员不允许换班",
					"swap or repayment on the public holiday " + f.get("dates") + ", when rostered staff may not swap");
			case SWAP_JOB_TYPES -> new Sentence("双方工种不同（" + f.get("requester") + " 与 " + f.get("counterpart") + "），换班须同工种",
					"job types differ (" + f.get("requester") + " and " + f.get("counterpart") + "); a swap needs the same job type");
			case SWAP_SKILL_GAP -> new Sentence(
					"双方技能等级 " + f.get("requester") + " 与 " + f.get("counterpart") + " 相差超过 " + f.get("gap") + " 级",
					"skill levels " + f.get("requester") + " and " + f.get("counterpart") + " differ by more than " + f.get("gap"));
			case SWAP_CONSECUTIVE -> new Sentence("前一天 " + f.get("previous") + " 已有获批换班，不允许连续换班",
					"another approved swap the day before, " + f.get("previous") + "; no consecutive swaps");
			case SWAP_BACK_TO_BACK -> new Sentence(
					f.get("date") + " " + f.shift("shift").chinese() + "与 " + f.get("otherDate") + " " + f.shift("otherShift").chinese()
							+ "之间仅休息 " + f.duration("rest").chinese() + "，至少需 " + f.duration("minimum").chinese() + "，换班者与还班者不得连班",
					"only " + f.get("rest") + " rest between " + f.get("date") + " " + f.get("shift") + " and " + f.get("otherDate")
							+ " " + f.get("otherShift") + "; at least " + f.get("minimum") + " needed");
			case SWAP_IMPROPER_APPROVAL -> new Sentence(
					"批准了换班 " + f.get("swap") + "，而该换班违反：" + f.rules("rules").chinese() + "；班长不得随意批准",
					"approved swap " + f.get("swap") + " although it breaks: " + f.rules("rules").english());
			case PRIVATE_COVER -> new Sentence("未经批准换班，私自顶替 " + f.get("absent") + " 的班次上班",
					"worked " + f.get("absent") + "'s rostered shift without an approved swap (a private swap)");
			case BREAK_OVERTIME -> new Sentence("离岗 " + f.duration("length").chinese() + "，超过 " + f.duration("maximum").chinese(),
					"away " + f.get("length") + ", more than " + f.get("maximum"));
			case BREAK_UNAPPROVED -> new Sentence(f.time("out") + " 离岗，未经班长批准",
					"left the post at " + f.time("out") + " without the team lead's approval");
			case BREAK_CONCURRENT -> new Sentence(
					"同岗位同时离岗 " + f.get("away") + " 人，最多允许 " + f.get("limit") + " 人，后离岗者须等前离岗者返岗",
					f.get("away") + " of the post away at once, at most " + f.get("limit") + "; a later leaver must wait");
			case EVALUATION_FATAL -> new Sentence("质检评估 " + f.get("evaluation") + "，致命项：该次评估计 0 分",
					"evaluation " + f.get("evaluation") + "; a fatal code: it scores 0");
			case EVALUATION -> new Sentence("质检评估 " + f.get("evaluation"), "evaluation " + f.get("evaluation"));
			case FLOOR_OBSERVATION_FATAL -> new Sentence("现场巡查 " + f.get("evaluation") + "，致命项",
					"floor observation " + f.get("evaluation") + ", a fatal code");
			case FLOOR_OBSERVATION -> new Sentence("现场巡查 " + f.get("evaluation"), "floor observation " + f.get("evaluation"));
			case CONDUCT_BEHAVIOUR -> new Sentence(f.get("chinese"), f.get("english"));
			case ADJUSTMENT_ADDED -> new Sentence(f.get("period") + " 的调整：后到的数据新增此项",
					"adjustment of " + f.get("period") + ": added by late data");
			case ADJUSTMENT_WITHDRAWN -> new Sentence(f.get("period") + " 的调整：后到的数据撤销此项",
					"adjustment of " + f.get("period") + ": withdrawn by late data");
			case DISPUTE -> new Sentence("申诉 " + f.get("dispute") + " 的处理：" + f.get("note"),
					"dispute " + f.get("dispute") + ": " + f.get("note"));
			default -> throw new IllegalStateException("no sentence for " + code);
		};
	}

}
