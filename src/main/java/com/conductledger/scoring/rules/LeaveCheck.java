package com.conductledger.scoring.rules;

/**
 * The checks of a leave for one shift (rules.md 3). Each names its reason code and article, says
 * to which leave it applies, and when it passes. A leave is valid for a shift when every check
 * that applies passes.
 */
enum LeaveCheck {

	/** Art. 37: no leave on a swap shift or a repayment shift. */
	LEAVE_ON_SWAP_SHIFT("37") {
		@Override
		boolean passes(LeaveCase c) {
			return !c.duty().swapped();
		}
	},

	/** Art. 26, 27: leave must be approved. */
	LEAVE_NOT_APPROVED("26, 27") {
		@Override
		boolean passes(LeaveCase c) {
			return c.leave().status() == RequestStatus.APPROVED;
		}
	},

	/** Art. 28: personal leave is requested in person, never by someone else. */
	LEAVE_BY_PROXY("28") {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.leave().agentId().equals(c.leave().submittedBy());
		}
	},

	/** Art. 27: one day is approved by the supervisor, more than one day by the operations manager. */
	LEAVE_AUTHORITY("27") {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.approverAtLeast(c.coverage().days() > 1 ? Role.OPS_MANAGER : Role.SUPERVISOR);
		}
	},

	/** Art. 26: one day ahead, urgent one hour before the shift, or else the operations manager approves. */
	LEAVE_NOT_IN_ADVANCE("26") {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal() && !c.nightShift() && !c.holiday();
		}

		@Override
		boolean passes(LeaveCase c) {
			var notice = c.leave().urgent() ? c.thresholds().urgentLeaveNotice() : c.thresholds().ordinaryLeaveNotice();
			return !c.requestedAt().isAfter(c.shiftStart().minus(notice)) || c.approverRole() == Role.OPS_MANAGER;
		}
	},

	/** Art. 30: night-shift leave is requested before noon of that day and approved by a supervisor. */
	NIGHT_LEAVE_RULE("30") {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal() && c.nightShift();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.requestedAt().isBefore(c.duty().date().atTime(c.thresholds().nightLeaveDeadline()))
					&& c.approverAtLeast(Role.SUPERVISOR);
		}
	},

	/** Art. 31: holiday leave is requested two days ahead and approved by the operations manager. */
	HOLIDAY_LEAVE_RULE("31") {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal() && c.holiday();
		}

		@Override
		boolean passes(LeaveCase c) {
			return !c.requestedAt().isAfter(c.shiftStart().minus(c.thresholds().holidayLeaveNotice()))
					&& c.approverRole() == Role.OPS_MANAGER;
		}
	},

	/** Art. 29: sick leave is notified before the start of its first shift. */
	SICK_NOT_NOTIFIED("29") {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.sick();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.coverage().firstShiftStart() == null || c.requestedAt().isBefore(c.coverage().firstShiftStart());
		}
	},

	/** Art. 29: sick leave needs a medical certificate. */
	SICK_NO_CERTIFICATE("29") {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.sick();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.leave().certificate();
		}
	};

	private final String article;

	LeaveCheck(String article) {
		this.article = article;
	}

	String article() {
		return article;
	}

	boolean appliesTo(LeaveCase c) {
		return true;
	}

	abstract boolean passes(LeaveCase c);

	boolean fails(LeaveCase c) {
		return appliesTo(c) && !passes(c);
	}

}
