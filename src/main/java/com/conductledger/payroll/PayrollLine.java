package com.conductledger.payroll;

import java.math.BigDecimal;

/** One row of the payroll file: a person with non-zero points or a reward in the period. */
public record PayrollLine(String agentId, String agentName, int deductionPoints, BigDecimal deductionAmount,
		BigDecimal rewardAmount, BigDecimal netAmount, int entries) {
}
