package com.conductledger.reporting;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import com.conductledger.payroll.PayrollFile;
import com.conductledger.payroll.PayrollManifest;
import com.conductledger.period.Period;

/**
 * Writes a scored period's outputs of formats.md into {@code OUT/YYYY-MM/}: the payroll file and
 * its manifest (and the scorecards, workbook and PDF packs).
 */
@Service
public class MonthlyOutputs {

	private final MonthReportAssembler assembler;

	MonthlyOutputs(MonthReportAssembler assembler) {
		this.assembler = assembler;
	}

	/** Writes every output of the period; returns the files written and the payroll manifest. */
	public Written write(Period period, Path periodOut, boolean finalized) {
		MonthReport report = assembler.assemble(period, finalized);
		List<Path> files = new ArrayList<>();
		Path payroll = periodOut.resolve("payroll-" + period.name() + ".csv");
		Path manifestFile = periodOut.resolve("payroll-" + period.name() + ".manifest.json");
		PayrollManifest manifest = PayrollFile.write(report, payroll, manifestFile);
		files.add(payroll);
		files.add(manifestFile);
		return new Written(files, manifest, report);
	}

	public record Written(List<Path> files, PayrollManifest manifest, MonthReport report) {
	}

}
