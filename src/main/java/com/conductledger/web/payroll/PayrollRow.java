package com.conductledger.web.payroll;

import java.util.List;

import com.conductledger.period.PeriodStatus;
import com.conductledger.web.PeriodFolder.Download;

/**
 * A period as payroll sees it: its state, its payroll files and their totals once it is FINAL (none
 * before: a DRAFT period has only a preview, marked as not final), and
 * what its manifest says of the people file and the warnings (all of them to be read before the
 * file is taken; {@code peopleFile} is null while no manifest is written).
 */
public record PayrollRow(String period, PeriodStatus.State state, boolean released, List<Download> files,
		PayrollTotals totals, String peopleFile, List<String> warnings) {

	public PayrollRow {
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	/** Whether payroll must look before taking the file: a people file missing or failed, or rows waiting for people. */
	public boolean flagged() {
		return peopleFile != null && !"OK".equals(peopleFile) || !warnings.isEmpty();
	}

}
