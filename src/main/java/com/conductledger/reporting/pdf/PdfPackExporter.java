package com.conductledger.reporting.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import com.conductledger.export.AtomicFile;

/**
 * Writes filled parts as one PDF, page by page straight to disk. The file appears under its name
 * only once complete, so a failed run never leaves a half-written pack where the meeting looks.
 */
final class PdfPackExporter {

	/** JasperReports' settings, with the producer that skips the bidirectional layout of left-to-right text. */
	private static final JasperReportsContext CONTEXT = context();

	private PdfPackExporter() {
	}

	private static JasperReportsContext context() {
		SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
		context.setProperty(JRPdfExporter.PDF_PRODUCER_FACTORY_PROPERTY, LeftToRightPdfProducerFactory.class.getName());
		return context;
	}

	static void export(List<JasperPrint> parts, Path file, String title) {
		Path partial = AtomicFile.partial(file);
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
				JRPdfExporter exporter = new JRPdfExporter(CONTEXT);
				exporter.setExporterInput(SimpleExporterInput.getInstance(parts));
				exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
				exporter.setConfiguration(configuration(title));
				exporter.exportReport();
			}
			AtomicFile.moveIntoPlace(partial, file);
		}
		catch (JRException ex) {
			throw new IllegalStateException("could not write " + file + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write " + file, ex);
		}
		finally {
			AtomicFile.deleteQuietly(partial);
		}
	}

	private static SimplePdfExporterConfiguration configuration(String title) {
		SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
		configuration.setMetadataTitle(title);
		configuration.setDisplayMetadataTitle(true);
		configuration.setMetadataCreator("Conduct Ledger");
		configuration.setCompressed(true);
		return configuration;
	}


}
