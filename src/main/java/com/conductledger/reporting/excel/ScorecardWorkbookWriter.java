package com.conductledger.reporting.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.conductledger.dispute.Dispute;
import com.conductledger.export.AtomicFile;
import com.conductledger.period.Period;
import com.conductledger.reporting.MonthReport;
import com.conductledger.reporting.chart.MeetingCharts;
import com.conductledger.scorecard.Scorecard;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the month's scorecard workbook ({@code scorecards-YYYY-MM.xlsx}, formats.md "Outputs"):
 * sheets {@code Summary}, {@code Ledger}, {@code Teams}, {@code History} (person by period) and
 * {@code Rules}, each a table with a frozen, filtered header in row 1 (English keys, Chinese labels
 * beside them), and {@code Charts}, native Excel charts over small tables. Streamed: only {@value #ROW_WINDOW} rows of a sheet are in
 * memory at a time and the ledger is never gathered, so a month of any size fits. The file
 * appears only once complete.
 */
public final class ScorecardWorkbookWriter {

	/** Rows per sheet kept in memory; older rows go to a compressed temporary file. */
	static final int ROW_WINDOW = 100;

	/** {@code scorecards-YYYY-MM.xlsx}. */
	public static String fileName(Period period) {
		return "scorecards-" + period.name() + ".xlsx";
	}

	/**
	 * Writes the report to {@code file}, replacing it.
	 * @throws UncheckedIOException when the file cannot be written
	 */
	public void write(MonthReport report, Path file) {
		write(report, List.of(), file);
	}

	/** Writes the report and the period's disputes ({@code Disputes} sheet) to {@code file}, replacing it. */
	public void write(MonthReport report, List<Dispute> disputes, Path file) {
		Path partial = AtomicFile.partial(file);
		try {
			XSSFWorkbook charts = new XSSFWorkbook();
			ChartsSheet.write(charts, MeetingCharts.histogram(report.scorecards(), report.schedule().tiers()),
					MeetingCharts.pointsByTeam(report.history()), MeetingCharts.teamTrends(report.history()));
			try (SXSSFWorkbook workbook = new SXSSFWorkbook(charts, ROW_WINDOW)) {
				workbook.setCompressTempFiles(true);
				fill(workbook, report, disputes);
				try (OutputStream out = Files.newOutputStream(partial)) {
					workbook.write(out);
				}
			}
			AtomicFile.moveIntoPlace(partial, file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write " + file + ": " + ex.getMessage(), ex);
		}
		finally {
			AtomicFile.deleteQuietly(partial);
		}
	}

	private static void fill(SXSSFWorkbook workbook, MonthReport report, List<Dispute> disputes) {
		String title = title(report);
		describe(workbook, title);
		CellStyles styles = new CellStyles(workbook);
		TableSheet summary = TableSheet.create(workbook, styles, SummarySheet.NAME, title, SummarySheet.COLUMNS);
		TableSheet ledger = TableSheet.create(workbook, styles, LedgerSheet.NAME, title, LedgerSheet.COLUMNS);
		TableSheet teams = TableSheet.create(workbook, styles, TeamsSheet.NAME, title, TeamsSheet.COLUMNS);
		TableSheet history = TableSheet.create(workbook, styles, HistorySheet.NAME, title,
				HistorySheet.columns(report.history()));
		TableSheet rules = TableSheet.create(workbook, styles, RulesSheet.NAME, title, RulesSheet.COLUMNS);
		TableSheet disputeTable = TableSheet.create(workbook, styles, DisputesSheet.NAME, title, DisputesSheet.COLUMNS);
		workbook.setSheetOrder(ChartsSheet.NAME, workbook.getSheetIndex(HistorySheet.NAME));
		new SummarySheet(summary).write(report.scorecards());
		new LedgerSheet(ledger, report.period().name(), namesById(report.scorecards())).write(report.ledger());
		new TeamsSheet(teams).write(report.scorecards());
		new HistorySheet(history).write(report.history());
		new RulesSheet(rules).write(report.schedule(), report.version());
		new DisputesSheet(disputeTable, namesById(report.scorecards())).write(disputes);
		workbook.setActiveSheet(0);
		workbook.setSelectedTab(0);
	}

	/** e.g. {@code Conduct Ledger 2026-11 (2026-10-26..2026-11-25) DRAFT}. */
	static String title(MonthReport report) {
		return "Conduct Ledger " + report.period() + (report.finalized() ? " FINAL" : " DRAFT");
	}

	private static void describe(SXSSFWorkbook workbook, String title) {
		POIXMLProperties.CoreProperties properties = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
		properties.setTitle(title);
		properties.setCreator("Conduct Ledger");
	}

	private static Map<String, String> namesById(List<Scorecard> scorecards) {
		Map<String, String> names = new HashMap<>();
		scorecards.forEach(card -> names.put(card.personId(), card.month().person().name()));
		return names;
	}



}
