package com.conductledger.web.payroll;

import java.util.List;

import com.conductledger.period.PeriodStatus;
import com.conductledger.web.PeriodFolder.Download;

/**
 * A period as payroll sees it: its state; once it is FINAL its payroll files and their totals (none
 * before: a DRAFT period has only a preview, marked as not final).
 */
public record PayrollRow(String period, PeriodStatus.State state, boolean released, List<Download> files,
		PayrollTotals totals) {
}
