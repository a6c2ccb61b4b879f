package com.conductledger.web;

import java.util.List;
import java.util.regex.Pattern;

import com.conductledger.reporting.pdf.MeetingPackWriter;

/**
 * The files of a period's output folder the web serves, by pattern (formats.md "Outputs"); any
 * other name is refused, so a URL can never reach another file.
 */
public enum OutputFile {

	WORKBOOK(Audience.REPORTS, "scorecards-{P}\\.xlsx", "成绩表 Scorecard workbook"),
	PDF_PACK(Audience.REPORTS, "scorecards-{P}\\.pdf", "会议材料 Meeting pack (PDF)"),
	/** A team as the pack writer spells it in a file name. */
	TEAM_PDF_PACK(Audience.REPORTS, "scorecards-{P}-[" + MeetingPackWriter.TEAM_FILE_NAME_CHARACTERS + "]{1,64}\\.pdf",
			"团队材料 Team pack (PDF)"),
	LEDGER(Audience.REPORTS, "ledger-{P}\\.csv", "台账 Ledger (CSV)"),
	DATA_WARNINGS(Audience.REPORTS, "data-warnings-{P}\\.csv", "数据提示 Data warnings (CSV)"),
	REJECTED_ROWS(Audience.REPORTS, "rejected-rows\\.csv", "拒收行 Rejected rows (CSV)"),
	PAYROLL(Audience.PAYROLL, "payroll-{P}\\.csv", "薪资文件 Payroll file (CSV)"),
	PAYROLL_MANIFEST(Audience.PAYROLL, "payroll-{P}\\.manifest\\.json", "薪资清单 Payroll manifest (JSON)");

	/** Who the file is for: managers get the reports, payroll the payroll files. */
	public enum Audience {
		REPORTS, PAYROLL
	}

	private final Audience audience;

	private final String pattern;

	private final String label;

	OutputFile(Audience audience, String pattern, String label) {
		this.audience = audience;
		this.pattern = pattern;
		this.label = label;
	}

	public String label() {
		return label;
	}

	public Audience audience() {
		return audience;
	}

	/** Whether {@code fileName} is this file of the (already checked) period. */
	public boolean matches(String period, String fileName) {
		return Pattern.compile(pattern.replace("{P}", Pattern.quote(period))).matcher(fileName).matches();
	}

	static List<OutputFile> of(Audience audience) {
		return java.util.Arrays.stream(values()).filter(file -> file.audience == audience).toList();
	}

}
