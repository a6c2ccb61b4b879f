package com.conductledger.ingest.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.Styles;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * Gathers the cells POI's SAX sheet handler reports into one {@link SheetRow} per spreadsheet
 * row and passes each finished row to a sink.
 */
final class SheetRowCollector implements SheetContentsHandler {

	private final Consumer<SheetRow> sink;

	private int rowNumber;

	private List<String> cells = new ArrayList<>();

	private int nextColumn;

	/** The {@code t} attribute of the cell being parsed: POI's cell callback does not say whether "TRUE" was a boolean or text. */
	private String cellType;

	SheetRowCollector(Consumer<SheetRow> sink) {
		this.sink = sink;
	}

	/** The SAX handler that parses a sheet's XML into this collector. */
	ContentHandler sheetHandler(Styles styles, SharedStrings strings, DataFormatter formatter) {
		return new XSSFSheetXMLHandler(styles, strings, this, formatter, false) {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes)
					throws SAXException {
				if ("c".equals(localName) && XSSFRelation.NS_SPREADSHEETML.equals(uri)) {
					cellType = attributes.getValue("t");
				}
				super.startElement(uri, localName, qName, attributes);
			}
		};
	}

	@Override
	public void startRow(int rowNum) {
		rowNumber = rowNum + 1;
		cells = new ArrayList<>();
		nextColumn = 0;
	}

	@Override
	public void endRow(int rowNum) {
		sink.accept(new SheetRow(rowNumber, cells));
	}

	@Override
	public void cell(String cellReference, String formattedValue, XSSFComment comment) {
		int column = cellReference == null ? nextColumn : columnOf(cellReference);
		nextColumn = column + 1;
		if (formattedValue == null) {
			return;
		}
		while (cells.size() <= column) {
			cells.add(null);
		}
		cells.set(column, typed(formattedValue));
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
		}
		if (column == 0) {
			throw new IllegalArgumentException("Cell reference '" + cellReference + "' names no column");
		}
		return column - 1;
	}

}
