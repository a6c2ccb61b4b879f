package com.conductledger.web.payroll;

import java.util.List;

import com.conductledger.payroll.PayrollLine;
import com.conductledger.period.PeriodStatus;

/**
 * A DRAFT payroll file as it would be written if the period closed now: never a file to import,
 * always marked as not final; one page of its rows and all of its totals.
 */
public record PayrollPreview(String period, PeriodStatus.State state, boolean finalized, String notice,
		PayrollTotals totals, String currency, List<PayrollLine> lines, int page, int pages) {

	static final int PAGE_SIZE = 100;

	static PayrollPreview of(String period, PeriodStatus.State state, boolean finalized, PayrollTotals totals,
			String currency, List<PayrollLine> lines, int page, int pages) {
		return new PayrollPreview(period, state, finalized, finalized
				? "已定稿 FINAL: the released payroll file is on the payroll page"
				: "草稿，非最终结果，请勿导入 DRAFT, NOT FINAL: do not import; payroll files are released at the close",
				totals, currency, lines, page, pages);
	}

}
