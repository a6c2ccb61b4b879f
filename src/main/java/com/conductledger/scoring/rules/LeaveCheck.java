package com.conductledger.scoring.rules;

/**
 * The checks of a leave for one shift (rules.md 3). Each is its reason code (whose article and
 * text are in {@link ReasonCode}), says to which leave it applies, when it passes, and why it failed. A leave is valid for a shift when every check
 * that applies passes.
 */
enum LeaveCheck {

	/** Art. 37: no leave on a swap shift or a repayment shift. */
	LEAVE_ON_SWAP_SHIFT {
		@Override
		boolean passes(LeaveCase c) {
			return !c.duty().swapped();
		}

		@Override
		String reason(LeaveCase c) {
			return code().format(c.leave().leaveId(), c.duty().kind() == Duty.Kind.SWAP_SHIFT ? "swap shift" : "repayment shift",
					c.duty().swap().swapId());
		}
	},

	/** Art. 26, 27: leave must be approved. */
	LEAVE_NOT_APPROVED {
		@Override
		boolean passes(LeaveCase c) {
			return c.leave().status() == RequestStatus.APPROVED;
		}

		@Override
		String reason(LeaveCase c) {
			return code().format(c.leave().leaveId(), c.leave().status());
		}
	},

	/** Art. 28: personal leave is requested in person, never by someone else. */
	LEAVE_BY_PROXY {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.leave().agentId().equals(c.leave().submittedBy());
		}

		@Override
		String reason(LeaveCase c) {
			return code().format(c.leave().leaveId(), c.leave().submittedBy());
		}
	},

	/** Art. 27: one day is approved by the supervisor, more than one day by the operations manager. */
	LEAVE_AUTHORITY {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.approverAtLeast(c.coverage().days() > 1 ? Role.OPS_MANAGER : Role.SUPERVISOR);
		}

		@Override
		String reason(LeaveCase c) {
			return code().format(c.leave().leaveId(), c.coverage().days(), c.approver(),
					c.coverage().days() > 1 ? Role.OPS_MANAGER : Role.SUPERVISOR);
		}
	},

	/** Art. 26: one day ahead, urgent one hour before the shift, or else the operations manager approves. */
	LEAVE_NOT_IN_ADVANCE {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal() && !c.nightShift() && !c.holiday();
		}

		@Override
		boolean passes(LeaveCase c) {
			var notice = c.leave().urgent() ? c.thresholds().urgentLeaveNotice() : c.thresholds().ordinaryLeaveNotice();
			return !c.requestedAt().isAfter(c.shiftStart().minus(notice)) || c.approverRole() == Role.OPS_MANAGER;
		}

		@Override
		String reason(LeaveCase c) {
			var notice = c.leave().urgent() ? c.thresholds().urgentLeaveNotice() : c.thresholds().ordinaryLeaveNotice();
			return code().format(c.leave().leaveId(), ReasonCode.time(c.requestedAt()), ReasonCode.time(c.shiftStart()),
					c.leave().urgent() ? "urgent" : "ordinary", notice.toHours());
		}
	},

	/** Art. 30: night-shift leave is requested before noon of that day and approved by a supervisor. */
	NIGHT_LEAVE_RULE {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal() && c.nightShift();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.requestedAt().isBefore(c.duty().date().atTime(c.thresholds().nightLeaveDeadline()))
					&& c.approverAtLeast(Role.SUPERVISOR);
		}

		@Override
		String reason(LeaveCase c) {
			return code().format(c.leave().leaveId(), ReasonCode.time(c.requestedAt()), c.approver(),
					ReasonCode.time(c.duty().date().atTime(c.thresholds().nightLeaveDeadline())));
		}
	},

	/** Art. 31: holiday leave is requested two days ahead and approved by the operations manager. */
	HOLIDAY_LEAVE_RULE {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.personal() && c.holiday();
		}

		@Override
		boolean passes(LeaveCase c) {
			return !c.requestedAt().isAfter(c.shiftStart().minus(c.thresholds().holidayLeaveNotice()))
					&& c.approverRole() == Role.OPS_MANAGER;
		}

		@Override
		String reason(LeaveCase c) {
			return code().format(c.leave().leaveId(), ReasonCode.time(c.requestedAt()), ReasonCode.time(c.shiftStart()),
					c.approver(), c.thresholds().holidayLeaveNotice().toHours());
		}
	},

	/** Art. 29: sick leave is notified before the start of its first shift. */
	SICK_NOT_NOTIFIED {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.sick();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.coverage().firstShiftStart() == null || c.requestedAt().isBefore(c.coverage().firstShiftStart());
		}

		@Override
		String reason(LeaveCase c) {
			return code().format(c.leave().leaveId(), ReasonCode.time(c.requestedAt()),
					ReasonCode.time(c.coverage().firstShiftStart()));
		}
	},

	/** Art. 29: sick leave needs a medical certificate. */
	SICK_NO_CERTIFICATE {
		@Override
		boolean appliesTo(LeaveCase c) {
			return c.sick();
		}

		@Override
		boolean passes(LeaveCase c) {
			return c.leave().certificate();
		}

		@Override
		String reason(LeaveCase c) {
			return code().format(c.leave().leaveId());
		}
	};

	boolean appliesTo(LeaveCase c) {
		return true;
	}

	abstract boolean passes(LeaveCase c);

	/** The reason of a failed check, with the facts that decided it (its template in {@link ReasonCode}). */
	abstract String reason(LeaveCase c);

	ReasonCode code() {
		return ReasonCode.valueOf(name());
	}

	boolean fails(LeaveCase c) {
		return appliesTo(c) && !passes(c);
	}

}
