package com.conductledger.reporting.pdf;

import java.text.Bidi;

import net.sf.jasperreports.engine.JRRuntimeException;
import net.sf.jasperreports.pdf.classic.ClassicChunk;
import net.sf.jasperreports.pdf.classic.ClassicPdfProducer;
import net.sf.jasperreports.pdf.classic.ClassicPdfUtils;
import net.sf.jasperreports.pdf.common.PdfChunk;
import net.sf.jasperreports.pdf.common.PdfPhrase;
import net.sf.jasperreports.pdf.common.PdfTextAlignment;
import net.sf.jasperreports.pdf.common.TextDirection;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfWriter;

/**
 * A phrase laid out as JasperReports' {@code ClassicPhrase} lays it out, with one difference: a
 * left-to-right text with nothing that needs reordering is set without the bidirectional algorithm,
 * which gives the same line for it.
 */
final class LeftToRightPhrase implements PdfPhrase {

	private final ClassicPdfProducer producer;

	private final Phrase phrase;

	LeftToRightPhrase(ClassicPdfProducer producer, Phrase phrase) {
		this.producer = producer;
		this.phrase = phrase;
	}

	@Override
	public void add(PdfChunk chunk) {
		phrase.add(((ClassicChunk) chunk).getChunk());
	}

	@Override
	public float go(float llx, float lly, float urx, float ury, float fixedLeading, float multipliedLeading,
			PdfTextAlignment alignment, TextDirection runDirection) {
		ColumnText column = new ColumnText(producer.getPdfContentByte());
		column.setSimpleColumn(phrase, llx, lly, urx, ury, fixedLeading, ClassicPdfUtils.toPdfAlignment(alignment));
		if (multipliedLeading != 0f) {
			column.setLeading(fixedLeading, multipliedLeading);
		}
		column.setRunDirection(runDirection(runDirection));
		try {
			column.go();
		}
		catch (DocumentException ex) {
			throw new JRRuntimeException(ex);
		}
		return column.getYLine();
	}

	private int runDirection(TextDirection direction) {
		return switch (direction) {
			case DEFAULT -> PdfWriter.RUN_DIRECTION_DEFAULT;
			case LTR -> needsReordering(phrase) ? PdfWriter.RUN_DIRECTION_LTR : PdfWriter.RUN_DIRECTION_NO_BIDI;
			case RTL -> PdfWriter.RUN_DIRECTION_RTL;
		};
	}

	/** Whether any character of the phrase is of a right-to-left script or a bidirectional control. */
	static boolean needsReordering(Phrase phrase) {
		for (Element element : phrase) {
			if (element instanceof com.lowagie.text.Chunk chunk) {
				char[] text = chunk.getContent().toCharArray();
				if (Bidi.requiresBidi(text, 0, text.length)) {
					return true;
				}
			}
			else {
				return true;
			}
		}
		return false;
	}

}
