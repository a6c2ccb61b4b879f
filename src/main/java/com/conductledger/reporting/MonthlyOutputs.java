package com.conductledger.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import com.conductledger.payroll.PayrollFile;
import com.conductledger.reporting.excel.ScorecardWorkbookWriter;
import com.conductledger.reporting.pdf.MeetingPackWriter;
import com.conductledger.payroll.PayrollManifest;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;

/**
 * Writes a scored period's outputs of formats.md into {@code OUT/YYYY-MM/}: the scorecard workbook,
 * the PDF meeting packs (full and per team), the payroll file and its manifest.
 */
@Service
public class MonthlyOutputs {

	private final MonthReportAssembler assembler;

	private final PeriodRegistry periods;

	MonthlyOutputs(MonthReportAssembler assembler, PeriodRegistry periods) {
		this.assembler = assembler;
		this.periods = periods;
	}

	/** Writes every output of the period; returns the files written and the payroll manifest. */
	public Written write(Period period, Path periodOut, boolean finalized) {
		if (periods.find(period.name()).map(PeriodStatus::isFinal).orElse(false)) {
			throw new IllegalStateException("period " + period.name()
					+ " is FINAL: its reports and payroll file were produced once at the close and are not rewritten");
		}
		MonthReport report = assembler.assemble(period, finalized);
		try {
			Files.createDirectories(periodOut);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot create " + periodOut + ": " + ex.getMessage(), ex);
		}
		List<Path> files = new ArrayList<>();
		Path workbook = periodOut.resolve(ScorecardWorkbookWriter.fileName(period));
		new ScorecardWorkbookWriter().write(report, workbook);
		files.add(workbook);
		files.addAll(new MeetingPackWriter().writeAll(report, periodOut));
		Path payroll = periodOut.resolve("payroll-" + period.name() + ".csv");
		Path manifestFile = periodOut.resolve("payroll-" + period.name() + ".manifest.json");
		PayrollManifest manifest = PayrollFile.write(report, payroll, manifestFile);
		files.add(payroll);
		files.add(manifestFile);
		periods.reportsWritten(period.name());
		return new Written(files, manifest, report);
	}

	public record Written(List<Path> files, PayrollManifest manifest, MonthReport report) {
	}

}
