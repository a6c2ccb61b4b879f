package com.conductledger.reporting.pdf;

import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfProducer;
import net.sf.jasperreports.pdf.common.PdfProducerContext;
import net.sf.jasperreports.pdf.common.PdfProducerFactory;

import com.lowagie.text.Phrase;

/**
 * JasperReports' own PDF producer (OpenPDF), except that a text with no right-to-left character is
 * laid out without the bidirectional algorithm. JasperReports asks for left-to-right on every
 * text, and OpenPDF then runs {@code java.text.Bidi}, Arabic shaping and glyph mirroring on every
 * paragraph: about a tenth of a pack's export for Chinese and Latin text that has no other order.
 * A text that holds Hebrew, Arabic or another right-to-left script still goes through it
 * ({@link LeftToRightPhrase}). Named in the exporter's context by {@link PdfPackExporter}.
 */
public final class LeftToRightPdfProducerFactory implements PdfProducerFactory {

	/** For JasperReports, which makes the factory from its class name. */
	public LeftToRightPdfProducerFactory() {
	}

	@Override
	public PdfProducer createProducer(PdfProducerContext context) {
		return new ClassicPdfProducer(context) {

			@Override
			public PdfPhrase createPhrase() {
				return new LeftToRightPhrase(this, new Phrase());
			}

			@Override
			public PdfPhrase createPhrase(PdfChunk chunk) {
				return new LeftToRightPhrase(this, new Phrase(((ClassicChunk) chunk).getChunk()));
			}

		};
	}

}
