package com.conductledger.payroll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import com.conductledger.export.AtomicFile;
import com.conductledger.reporting.MonthReport;

/**
 * Writes {@code payroll-YYYY-MM.csv} and its manifest exactly as formats.md says: UTF-8 without
 * BOM; one row per person with non-zero points or a reward, by agent_id; amounts with two
 * decimals; net = reward - deduction; text cells that a spreadsheet would run as a formula get a
 * leading apostrophe, amounts never. Nothing in either file depends on the clock, so the same
 * ledger gives the same bytes ({@link PayrollContent} computes them).
 */
public final class PayrollFile {

	private PayrollFile() {
	}

	/** Writes the CSV and the manifest beside it; returns the manifest's figures. */
	public static PayrollManifest write(MonthReport report, Path csvFile, Path manifestFile) {
		return write(report, csvFile, manifestFile, "OK", List.of());
	}

	/**
	 * Writes the CSV and the manifest beside it, the manifest saying the state of the people file
	 * the payroll was computed with and the warnings to read before taking it.
	 */
	public static PayrollManifest write(MonthReport report, Path csvFile, Path manifestFile, String peopleFile,
			List<String> warnings) {
		PayrollContent content = PayrollContent.of(report);
		AtomicFile.write(csvFile, content.csv());
		PayrollManifest manifest = content.manifest(report.finalized(), peopleFile, warnings, report.version());
		manifest.writeTo(manifestFile);
		return manifest;
	}

}
