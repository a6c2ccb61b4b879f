package com.conductledger.sampledata;

/**
 * One kind of leave request to plant: where it falls, how it was asked for and decided, and
 * the boolean spellings it is written with. {@code certificateLagDays} < 0 leaves the
 * certificate date empty.
 */
record LeaveCase(String type, Where where, int days, Ask ask, Submitter submitter, String status, Approver approver,
		String urgent, String certificate, int certificateLagDays) {

	enum Where {

		NOT_NIGHT, NIGHT, ANY, HOLIDAY;

		boolean accepts(Shift shift, boolean holiday) {
			return switch (this) {
				case NOT_NIGHT -> shift != Shift.NIGHT && !holiday;
				case NIGHT -> shift == Shift.NIGHT && !holiday;
				case ANY -> !holiday;
				case HOLIDAY -> shift != Shift.NIGHT && holiday;
			};
		}

	}

	/** When the request was made, relative to the start of the first covered shift. */
	enum Ask {

		DAYS_AHEAD, HOURS_BEFORE, ONE_HOUR_BEFORE, FIFTY_MINUTES_BEFORE, AFTERNOON_OF_THE_DAY, DAY_BEFORE,
		BEFORE_START, AFTER_START

	}

	enum Submitter {

		SELF, COLLEAGUE, TEAM_LEAD

	}

	enum Approver {

		NONE, TEAM_LEAD, SUPERVISOR, OPS_MANAGER

	}

	static LeaveCase personal(Where where, int days, Ask ask, Approver approver, String urgent) {
		return new LeaveCase("PERSONAL", where, days, ask, Submitter.SELF, "APPROVED", approver, urgent, "", -1);
	}

	static LeaveCase sick(int days, Ask ask, Submitter submitter, String certificate, int certificateLagDays) {
		return new LeaveCase("SICK", Where.ANY, days, ask, submitter, "APPROVED", Approver.TEAM_LEAD, "false",
				certificate, certificateLagDays);
	}

	LeaveCase submittedBy(Submitter other) {
		return new LeaveCase(type, where, days, ask, other, status, approver, urgent, certificate, certificateLagDays);
	}

	LeaveCase decided(String otherStatus, Approver otherApprover) {
		return new LeaveCase(type, where, days, ask, submitter, otherStatus, otherApprover, urgent, certificate,
				certificateLagDays);
	}

}
