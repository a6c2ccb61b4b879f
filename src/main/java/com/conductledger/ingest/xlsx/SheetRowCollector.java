package com.conductledger.ingest.xlsx;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import com.conductledger.ingest.RawRow;

/**
 * Gathers the cells POI's SAX sheet handler reports into one {@link SheetRow} per spreadsheet
 * row and passes each finished row to a sink. Memory stays bounded whatever the sheet holds: a
 * cell's text is cut at {@link RawRow#MAX_CELL_READ} characters, cells right of the header row are
 * dropped, and a row or sheet past Excel's own size ({@link WorkbookLimits}) stops the read as too
 * large. A formula cell without a calculated value (a workbook written by a program, never opened
 * in Excel) is reported as such, not as a blank.
 */
final class SheetRowCollector implements SheetContentsHandler {

	private final Consumer<SheetRow> sink;

	private int rowNumber;

	private List<String> cells = new ArrayList<>();

	private Set<Integer> uncached = new HashSet<>();

	private int rowChars;

	private int nextColumn;

	/** How many columns the header row (row 1) spans; later rows keep no cell beyond it. */
	private int headerWidth = WorkbookLimits.MAX_COLUMNS;

	/** The {@code t} attribute of the cell being parsed: POI's cell callback does not say whether "TRUE" was a boolean or text. */
	private String cellType;

	SheetRowCollector(Consumer<SheetRow> sink) {
		this.sink = sink;
	}

	/** The SAX handler that parses a sheet's XML into this collector. */
	ContentHandler sheetHandler(Styles styles, SharedStrings strings, DataFormatter formatter) {
		return new BoundedSheetHandler(styles, strings, formatter);
	}

	@Override
	public void startRow(int rowNum) {
		if (rowNum >= WorkbookLimits.MAX_ROWS) {
			throw new WorkbookLimits.TooLargeException(
					"it has rows beyond row " + WorkbookLimits.MAX_ROWS + ", the last row Excel has");
		}
		rowNumber = rowNum + 1;
		cells = new ArrayList<>();
		uncached = new HashSet<>();
		rowChars = 0;
		nextColumn = 0;
	}

	@Override
	public void endRow(int rowNum) {
		if (rowNumber == 1) {
			headerWidth = Math.max(1, cells.size());
		}
		sink.accept(new SheetRow(rowNumber, cells, uncached));
	}

	@Override
	public void cell(String cellReference, String formattedValue, XSSFComment comment) {
		int column = cellReference == null ? nextColumn : columnOf(cellReference);
		nextColumn = column + 1;
		if (formattedValue == null || column >= headerWidth) {
			return;
		}
		put(column, typed(formattedValue));
	}

	private void uncachedFormula(String cellReference, String formula) {
		int column = cellReference == null ? nextColumn : columnOf(cellReference);
		nextColumn = column + 1;
		if (column < headerWidth) {
			put(column, formula.isEmpty() ? "(a shared formula)" : "=" + formula);
			uncached.add(column);
		}
	}

	private void put(int column, String value) {
		rowChars += value.length();
		if (rowChars > WorkbookLimits.MAX_ROW_CHARS) {
			throw new WorkbookLimits.TooLargeException(
					"row " + rowNumber + " holds more than " + WorkbookLimits.MAX_ROW_CHARS + " characters");
		}
		while (cells.size() <= column) {
			cells.add(null);
		}
		cells.set(column, value);
	}

	private String typed(String value) {
		if ("b".equals(cellType)) {
			return value.toLowerCase(Locale.ROOT);
		}
		if ("e".equals(cellType) && value.startsWith("ERROR:")) {
			return value.substring("ERROR:".length());
		}
		return value;
	}

	/** The 0-based column of a reference such as "AB12" (the letters are a base-26 number). */
	static int columnOf(String cellReference) {
		int column = 0;
		for (int i = 0; i < cellReference.length(); i++) {
			char c = Character.toUpperCase(cellReference.charAt(i));
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
			if (column > WorkbookLimits.MAX_COLUMNS) {
				throw new WorkbookLimits.TooLargeException("cell " + cellReference + " lies beyond column "
						+ CellReference.convertNumToColString(WorkbookLimits.MAX_COLUMNS - 1) + ", the last column Excel has");
			}
		}
		if (column == 0) {
			throw new IllegalArgumentException("Cell reference '" + cellReference + "' names no column");
		}
		return column - 1;
	}

	/**
	 * POI's handler with every text it gathers cut at the cell limit, and the cells that have a
	 * formula but no value ({@code <f>} without {@code <v>}) reported to the collector.
	 */
	private final class BoundedSheetHandler extends XSSFSheetXMLHandler {

		private int textChars;

		private String cellReference;

		private boolean formula;

		private boolean inFormula;

		private boolean value;

		private final StringBuilder formulaText = new StringBuilder();

		BoundedSheetHandler(Styles styles, SharedStrings strings, DataFormatter formatter) {
			super(styles, null, strings, SheetRowCollector.this, formatter, false);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes)
				throws SAXException {
			if (XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
				switch (localName) {
					case "c" -> {
						cellType = attributes.getValue("t");
						cellReference = attributes.getValue("r");
						formula = false;
						value = false;
						formulaText.setLength(0);
						textChars = 0;
					}
					case "f" -> {
						formula = true;
						inFormula = true;
					}
					case "v", "is" -> value = true;
					case "oddHeader", "evenHeader", "firstHeader", "oddFooter", "evenFooter", "firstFooter" -> textChars = 0;
					default -> {
					}
				}
			}
			super.startElement(uri, localName, qName, attributes);
		}

		@Override
		public void endElement(String uri, String localName, String qName) throws SAXException {
			super.endElement(uri, localName, qName);
			if (XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
				if ("f".equals(localName)) {
					inFormula = false;
				}
				else if ("c".equals(localName) && formula && !value) {
					uncachedFormula(cellReference, formulaText.toString());
				}
			}
		}

		@Override
		public void characters(char[] ch, int start, int length) throws SAXException {
			int kept = Math.max(0, Math.min(length, RawRow.MAX_CELL_READ - textChars));
			textChars += kept;
			if (inFormula && formulaText.length() < 200) {
				formulaText.append(ch, start, Math.min(kept, 200 - formulaText.length()));
			}
			super.characters(ch, start, kept);
		}

	}

}
