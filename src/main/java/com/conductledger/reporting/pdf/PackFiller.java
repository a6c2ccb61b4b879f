package com.conductledger.reporting.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;

import com.conductledger.period.Period;
import com.conductledger.reporting.MonthReport;
import com.conductledger.scorecard.Scorecard;

/**
 * Fills the two parts of one pack, summary pages and person pages, through the pack's virtualizer:
 * pages beyond the virtualizer's in-memory count go to its swap file as soon as they are full.
 */
final class PackFiller {

	private final MonthReport report;

	private final PackScope scope;

	private final JRVirtualizer virtualizer;

	PackFiller(MonthReport report, PackScope scope, JRVirtualizer virtualizer) {
		this.report = report;
		this.scope = scope;
		this.virtualizer = virtualizer;
	}

	JasperPrint summary(List<Scorecard> cards) {
		Map<String, Object> parameters = commonParameters();
		parameters.putAll(SummarySections.parameters(cards, report.schedule()));
		parameters.put("RANKING_TABLE", ReportTemplates.rankingTable());
		parameters.put("TEAM_TABLE", ReportTemplates.teamTable());
		parameters.put("IMPROVED_TABLE", ReportTemplates.improvedTable());
		List<SummarySections.Section> sections = SummarySections.of(scope, cards, report.schedule(), report.history());
		return fill(ReportTemplates.summary(), parameters, new RowSource<>(sections, SummarySections.Section::read));
	}

	/** The person pages, numbered on from the summary's {@code pagesBefore}. */
	JasperPrint people(List<Scorecard> cards, LedgerSpill ledger, int pagesBefore) {
		Map<String, Object> parameters = commonParameters();
		parameters.put("PAGE_OFFSET", pagesBefore);
		return fill(ReportTemplates.personScorecard(), parameters,
				new PersonPages(PersonPages.inMeetingOrder(cards), ledger, report.history()));
	}

	private Map<String, Object> commonParameters() {
		Period period = report.period();
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("PERIOD", period.name());
		parameters.put("PERIOD_DATES", period.firstDate() + " – " + period.lastDate());
		parameters.put("SCOPE", scope.label());
		parameters.put("FINALIZED", report.finalized());
		parameters.put("CURRENCY", report.schedule().currency());
		parameters.put(JRParameter.REPORT_LOCALE, Locale.ROOT);
		parameters.put(JRParameter.REPORT_VIRTUALIZER, virtualizer);
		return parameters;
	}

	private static JasperPrint fill(JasperReport template, Map<String, Object> parameters, JRDataSource rows) {
		try {
			return JasperFillManager.fillReport(template, parameters, rows);
		}
		catch (JRException ex) {
			throw new IllegalStateException("could not fill " + template.getName() + ": " + ex.getMessage(), ex);
		}
	}

}
