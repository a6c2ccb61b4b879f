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

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/**
 * Writes filled parts as one PDF, page by page straight to disk. The file appears under its name
 * only once complete, so a failed run never leaves a half-written pack where the meeting looks.
 */
final class PdfPackExporter {

	private PdfPackExporter() {
	}

	static void export(List<JasperPrint> parts, Path file, String title) {
		Path partial = file.resolveSibling(file.getFileName() + ".part");
		try {
			try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
				JRPdfExporter exporter = new JRPdfExporter();
				exporter.setExporterInput(SimpleExporterInput.getInstance(parts));
				exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
				exporter.setConfiguration(configuration(title));
				exporter.exportReport();
			}
			moveIntoPlace(partial, file);
		}
		catch (JRException ex) {
			throw new IllegalStateException("could not write " + file + ": " + ex.getMessage(), ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not write " + file, ex);
		}
		finally {
			try {
				Files.deleteIfExists(partial);
			}
			catch (IOException ex) {
				partial.toFile().deleteOnExit();
			}
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

	private static void moveIntoPlace(Path partial, Path file) throws IOException {
		try {
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (AtomicMoveNotSupportedException ex) {
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

}
