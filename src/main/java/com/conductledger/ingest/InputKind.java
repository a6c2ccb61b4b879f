package com.conductledger.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The kinds of input file of formats.md, in the order a folder is ingested (people first: the rest refer to them). */
public enum InputKind {

	AGENTS("agents.csv", "agent_id", "name", "team", "job_type", "skill_level", "role", "team_lead_id"),
	HOLIDAYS("holidays.csv", "date", "name"),
	ROSTER("roster.csv", "agent_id", "date", "shift", "start", "end"),
	ATTENDANCE("attendance.csv", "agent_id", "date", "shift", "sign_in", "sign_out"),
	LEAVE("leave.csv", "leave_id", "agent_id", "type", "urgent", "first_date", "last_date", "requested_at",
			"submitted_by", "status", "approver_id", "approved_at", "certificate", "certificate_submitted_on"),
	SWAPS("swaps.csv", "swap_id", "requester_id", "counterpart_id", "swap_date", "swap_shift", "repay_date",
			"repay_shift", "requested_at", "status", "approver_id", "approved_at"),
	BREAKS("breaks.csv", "agent_id", "date", "shift", "out_at", "back_at", "approved"),
	/** Columns after {@code evaluator_id} follow the configured QA form, then {@code violations, comment}. */
	EVALUATIONS("evaluations/*.xlsx, *.xls", "evaluation_id", "call_date", "agent_id", "call_id", "evaluator_id");

	private final String fileName;

	private final List<String> columns;

	InputKind(String fileName, String... columns) {
		this.fileName = fileName;
		this.columns = List.of(columns);
	}

	/** The file name (or pattern) of formats.md. */
	public String fileName() {
		return fileName;
	}

	/** The header columns every file of this kind must have (for evaluations: the fixed leading ones). */
	public List<String> columns() {
		return columns;
	}

	public boolean isWorkbook() {
		return this == EVALUATIONS;
	}

	/**
	 * The kind of a file by its path relative to the input folder, if it is one of formats.md: a CSV
	 * at the top named {@code <kind>.csv} or with a suffix such as a date ({@code roster-2026-11-25.csv},
	 * also {@code roster_...} or {@code roster.2026-11-25.csv}), or a workbook under {@code evaluations/}
	 * ({@code .xlsx} or legacy {@code .xls}).
	 */
	public static Optional<InputKind> of(Path relative) {
		String name = relative.getFileName().toString().toLowerCase(Locale.ROOT);
		Path parent = relative.getParent();
		if (parent != null && parent.toString().equalsIgnoreCase("evaluations") && isWorkbookName(name)) {
			return Optional.of(EVALUATIONS);
		}
		if (parent != null) {
			return Optional.empty();
		}
		return ofCsvName(name);
	}

	/**
	 * Whether the name is a QA workbook's: {@code .xlsx}, or legacy Excel 97-2003 {@code .xls}; not
	 * Excel's lock file ({@code ~$qa.xlsx}) left beside an open workbook.
	 */
	public static boolean isWorkbookName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return (name.endsWith(".xlsx") || name.endsWith(".xls")) && !name.startsWith("~$");
	}

	/** The kind of a CSV file by its name alone ({@code <kind>.csv} or {@code <kind>-<anything>.csv}). */
	public static Optional<InputKind> ofCsvName(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (!name.endsWith(".csv")) {
			return Optional.empty();
		}
		return Arrays.stream(values()).filter(kind -> !kind.isWorkbook()).filter(kind -> {
			String stem = kind.stem();
			return name.equals(kind.fileName) || name.startsWith(stem + "-") || name.startsWith(stem + "_")
					|| name.startsWith(stem + ".");
		}).findFirst();
	}

	/** Whether the name is the kind's plain one ({@code roster.csv}), not one with a suffix. */
	public boolean isPlainName(String fileName) {
		return fileName.equalsIgnoreCase(this.fileName);
	}

	private String stem() {
		return fileName.substring(0, fileName.lastIndexOf('.'));
	}

}
