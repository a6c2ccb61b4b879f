package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import com.conductledger.ingest.RawRow;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared-strings table (the texts its cells refer to by number), read by SAX like
 * POI's {@code ReadOnlySharedStringsTable} but held within limits: each text up to
 * {@link RawRow#MAX_CELL_READ} characters (more is cut, and the row that
 * uses it rejected as too long), all of them within {@link WorkbookLimits#MAX_SHARED_CHARS}
 * characters and {@link WorkbookLimits#MAX_SHARED_STRINGS} texts, else the workbook is too large to
 * read. The characters are kept in blocks, not one String each, so the memory is what the limits say.
 * Phonetic runs ({@code rPh}) are not part of the text, as in Excel.
 */
final class BoundedSharedStrings implements SharedStrings {

	private static final int BLOCK = 1 << 20;

	private final List<char[]> blocks = new ArrayList<>();

	private int[] starts = new int[1024];

	private int[] lengths = new int[1024];

	private int count;

	private long totalChars;

	private int references;

	private BoundedSharedStrings() {
	}

	static BoundedSharedStrings empty() {
		return new BoundedSharedStrings();
	}

	/** Reads the shared-strings part from its (already size-limited) stream. */
	static BoundedSharedStrings read(InputStream part) throws IOException, SAXException, ParserConfigurationException {
		BoundedSharedStrings strings = new BoundedSharedStrings();
		XMLReader parser = XMLHelper.newXMLReader();
		parser.setContentHandler(strings.new Handler());
		try (part) {
			parser.parse(new InputSource(part));
		}
		return strings;
	}

	@Override
	public RichTextString getItemAt(int index) {
		if (index < 0 || index >= count) {
			throw new IllegalArgumentException("a cell refers to shared string " + index + " of " + count);
		}
		return new XSSFRichTextString(text(index));
	}

	@Override
	public int getCount() {
		return references;
	}

	@Override
	public int getUniqueCount() {
		return count;
	}

	private String text(int index) {
		int start = starts[index];
		int length = lengths[index];
		StringBuilder text = new StringBuilder(length);
		while (length > 0) {
			char[] block = blocks.get(start / BLOCK);
			int offset = start % BLOCK;
			int take = Math.min(length, BLOCK - offset);
			text.append(block, offset, take);
			start += take;
			length -= take;
		}
		return text.toString();
	}

	private void add(StringBuilder text) {
		if (count == WorkbookLimits.MAX_SHARED_STRINGS) {
			throw new WorkbookLimits.TooLargeException(
					"its shared strings hold more than " + WorkbookLimits.MAX_SHARED_STRINGS + " texts");
		}
		if (totalChars + text.length() > WorkbookLimits.MAX_SHARED_CHARS) {
			throw new WorkbookLimits.TooLargeException(
					"its shared strings hold more than " + WorkbookLimits.MAX_SHARED_CHARS + " characters");
		}
		if (count == starts.length) {
			starts = Arrays.copyOf(starts, count * 2);
			lengths = Arrays.copyOf(lengths, count * 2);
		}
		starts[count] = (int) totalChars;
		lengths[count] = text.length();
		long at = totalChars;
		for (int copied = 0; copied < text.length();) {
			int block = (int) (at / BLOCK);
			int position = (int) (at % BLOCK);
			while (blocks.size() <= block) {
				blocks.add(new char[BLOCK]);
			}
			int take = Math.min(text.length() - copied, BLOCK - position);
			text.getChars(copied, copied + take, blocks.get(block), position);
			copied += take;
			at += take;
		}
		totalChars += text.length();
		count++;
	}

	/** Gathers the {@code t} texts of each {@code si}, outside phonetic runs, up to the cell limit. */
	private final class Handler extends DefaultHandler {

		private final StringBuilder text = new StringBuilder();

		private boolean inItem;

		private boolean inText;

		private boolean inPhonetic;

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
				return;
			}
			switch (localName) {
				case "sst" -> references = parseCount(attributes.getValue("count"));
				case "si" -> {
					inItem = true;
					text.setLength(0);
				}
				case "rPh" -> inPhonetic = true;
				case "t" -> inText = inItem && !inPhonetic;
				default -> {
				}
			}
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			if (!XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
				return;
			}
			switch (localName) {
				case "si" -> {
					inItem = false;
					add(text);
				}
				case "rPh" -> inPhonetic = false;
				case "t" -> inText = false;
				default -> {
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			if (inText) {
				int room = RawRow.MAX_CELL_READ - text.length();
				text.append(ch, start, Math.max(0, Math.min(length, room)));
			}
		}

		private int parseCount(String value) {
			try {
				return value == null ? 0 : Integer.parseInt(value);
			}
			catch (NumberFormatException ex) {
				return 0;
			}
		}

	}

}
