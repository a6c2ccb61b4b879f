package com.conductledger.web.payroll;

import java.util.List;

import com.conductledger.period.PeriodStatus;
import com.conductledger.web.PeriodFolder.Download;

/** A period as payroll sees it: its state, and its payroll files once it is FINAL (none before). */
public record PayrollRow(String period, PeriodStatus.State state, boolean released, List<Download> files) {
}
