package com.conductledger.reporting.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The meeting pack templates, compiled once per JVM on first use. A .jrxml holds code, so templates
 * come only from the application's own classpath under fixed names, never from a path a user gave.
 */
final class ReportTemplates {

	private static final String FOLDER = "report-templates/";

	private ReportTemplates() {
	}

	static JasperReport summary() {
		return Compiled.SUMMARY;
	}

	static JasperReport rankingTable() {
		return Compiled.RANKING_TABLE;
	}

	static JasperReport teamTable() {
		return Compiled.TEAM_TABLE;
	}

	static JasperReport improvedTable() {
		return Compiled.IMPROVED_TABLE;
	}

	static JasperReport personScorecard() {
		return Compiled.PERSON_SCORECARD;
	}

	/** The lazy holder: the JVM initialises it once, thread-safely, when a template is first asked for. */
	private static final class Compiled {

		static final JasperReport SUMMARY = compile("meeting-summary.jrxml");

		static final JasperReport RANKING_TABLE = compile("summary-ranking.jrxml");

		static final JasperReport TEAM_TABLE = compile("summary-teams.jrxml");

		static final JasperReport IMPROVED_TABLE = compile("summary-improved.jrxml");

		static final JasperReport PERSON_SCORECARD = compile("person-scorecard.jrxml");

	}

	private static JasperReport compile(String name) {
		try (InputStream template = ReportTemplates.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
			if (template == null) {
				throw new IllegalStateException("report template " + FOLDER + name + " is not on the classpath");
			}
			return JasperCompileManager.compileReport(template);
		}
		catch (JRException ex) {
			throw new IllegalStateException("report template " + FOLDER + name + " does not compile", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
