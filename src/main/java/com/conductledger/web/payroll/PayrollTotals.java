package com.conductledger.web.payroll;

import java.math.BigDecimal;

import com.conductledger.payroll.PayrollContent;

/** A payroll file's control totals, as the payroll page shows them beside the file. */
public record PayrollTotals(int rows, int deductionPoints, BigDecimal deductionAmount, BigDecimal rewardAmount,
		BigDecimal netAmount) {

	static PayrollTotals of(PayrollContent content) {
		return new PayrollTotals(content.rows(), content.totalDeductionPoints(), content.totalDeductionAmount(),
				content.totalRewardAmount(), content.totalNetAmount());
	}

}
