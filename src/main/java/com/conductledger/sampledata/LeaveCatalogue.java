package com.conductledger.sampledata;

import static com.conductledger.sampledata.LeaveCase.personal;
import static com.conductledger.sampledata.LeaveCase.sick;

import java.util.List;

import com.conductledger.sampledata.LeaveCase.Approver;
import com.conductledger.sampledata.LeaveCase.Ask;
import com.conductledger.sampledata.LeaveCase.Submitter;
import com.conductledger.sampledata.LeaveCase.Where;

/**
 * The leave requests planted per scenario group (rules.md section 3): valid ones, and each
 * failed check at least once over the three groups. Comments name the expected verdict.
 */
final class LeaveCatalogue {

	static final List<List<LeaveCase>> GROUPS = List.of(
			List.of(
					// valid: one day, two+ days ahead, supervisor
					personal(Where.NOT_NIGHT, 1, Ask.DAYS_AHEAD, Approver.SUPERVISOR, "否"),
					// LEAVE_NOT_IN_ADVANCE: ordinary request under 24 h
					personal(Where.NOT_NIGHT, 1, Ask.HOURS_BEFORE, Approver.SUPERVISOR, "false"),
					// LEAVE_BY_PROXY
					personal(Where.ANY, 1, Ask.DAYS_AHEAD, Approver.SUPERVISOR, "false").submittedBy(Submitter.COLLEAGUE),
					// valid: urgent, exactly one hour before
					personal(Where.NOT_NIGHT, 1, Ask.ONE_HOUR_BEFORE, Approver.SUPERVISOR, "true"),
					// valid: sick, phoned in by the team lead, certificate the day after
					sick(2, Ask.BEFORE_START, Submitter.TEAM_LEAD, "是", 1),
					// LEAVE_NOT_APPROVED
					personal(Where.NOT_NIGHT, 1, Ask.DAYS_AHEAD, Approver.NONE, "false").decided("PENDING", Approver.NONE)),
			List.of(
					// valid: several days, operations manager
					personal(Where.ANY, 3, Ask.DAYS_AHEAD, Approver.OPS_MANAGER, "N"),
					// LEAVE_AUTHORITY: team lead only
					personal(Where.NOT_NIGHT, 1, Ask.DAYS_AHEAD, Approver.TEAM_LEAD, "false"),
					// NIGHT_LEAVE_RULE: asked after noon of the shift date
					personal(Where.NIGHT, 1, Ask.AFTERNOON_OF_THE_DAY, Approver.SUPERVISOR, "false"),
					// HOLIDAY_LEAVE_RULE: only a day ahead, supervisor
					personal(Where.HOLIDAY, 1, Ask.DAY_BEFORE, Approver.SUPERVISOR, "false"),
					// SICK_NO_CERTIFICATE
					sick(1, Ask.BEFORE_START, Submitter.SELF, "N", -1),
					// LEAVE_NOT_APPROVED
					personal(Where.NOT_NIGHT, 1, Ask.DAYS_AHEAD, Approver.SUPERVISOR, "false")
						.decided("REJECTED", Approver.SUPERVISOR)),
			List.of(
					// LEAVE_AUTHORITY: two days, supervisor only
					personal(Where.ANY, 2, Ask.DAYS_AHEAD, Approver.SUPERVISOR, "false"),
					// SICK_NOT_NOTIFIED: phoned after the shift started
					sick(1, Ask.AFTER_START, Submitter.SELF, "Y", 1),
					// valid sick leave, but LV-SICK-CERT-LATE: certificate three days after
					sick(2, Ask.BEFORE_START, Submitter.SELF, "1", 3),
					// LEAVE_NOT_IN_ADVANCE: urgent, 50 minutes before
					personal(Where.NOT_NIGHT, 1, Ask.FIFTY_MINUTES_BEFORE, Approver.SUPERVISOR, "1"),
					// valid: late, but the operations manager approved it
					personal(Where.NOT_NIGHT, 1, Ask.HOURS_BEFORE, Approver.OPS_MANAGER, "false"),
					// valid: one day ahead, supervisor
					personal(Where.NOT_NIGHT, 1, Ask.DAYS_AHEAD, Approver.SUPERVISOR, "0")));

	/** LEAVE_ON_SWAP_SHIFT: an otherwise valid leave on the requester's repay shift. */
	static final LeaveCase ON_REPAY_SHIFT = personal(Where.ANY, 1, Ask.DAYS_AHEAD, Approver.SUPERVISOR, "false");

	private LeaveCatalogue() {
	}

}
