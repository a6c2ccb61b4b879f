package com.conductledger.web.periods;

import java.math.BigDecimal;

import com.conductledger.payroll.PayrollContent;

/**
 * What the close's confirmation page shows before a manager closes a period: what payroll will
 * take (as of the period's last scoring), the files that arrived since (then it must be rescored
 * first), and why it cannot be closed now, if so. {@code payrollSha256} names the exact payroll
 * file confirmed: the close refuses if scoring it once more gives another.
 */
public record ClosePreview(PeriodHeading period, String refusal, int filesSinceScoring, int rows, int deductionPoints,
		BigDecimal deductionAmount, BigDecimal rewardAmount, BigDecimal netAmount, String currency, String payrollSha256) {

	static ClosePreview of(PeriodHeading period, String refusal, int filesSinceScoring, PayrollContent payroll,
			String currency) {
		return new ClosePreview(period, refusal, filesSinceScoring, payroll.rows(), payroll.totalDeductionPoints(),
				payroll.totalDeductionAmount(), payroll.totalRewardAmount(), payroll.totalNetAmount(), currency,
				payroll.sha256());
	}

	/** Whether the page may offer the close: allowed now, and nothing arrived since the figures were made. */
	public boolean closable() {
		return refusal == null && filesSinceScoring == 0;
	}

}
