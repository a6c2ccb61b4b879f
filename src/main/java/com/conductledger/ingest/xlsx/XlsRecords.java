package com.conductledger.ingest.xlsx;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/** How {@link XlsWorkbook} handles the records of a legacy workbook as the HSSF event API streams them. */
final class XlsRecords {

	private XlsRecords() {
	}

	/** Stops the event loop from inside a listener once the handler is done. */
	static final class HandlerDone extends RuntimeException {

		HandlerDone() {
			super("done", null, false, false);
		}

	}

	/** Handles records until it returns false. */
	abstract static class RecordHandler {

		FormatTrackingHSSFListener formats;

		final void process(Record record) {
			if (!handle(record)) {
				throw new HandlerDone();
			}
		}

		abstract boolean handle(Record record);

	}

	/**
	 * Turns the first sheet's cell records into rows. Sheets come as substreams in the order of
	 * their BOF positions; the first sheet in the workbook's tab order is the one whose BOF comes
	 * where its BoundSheet record says.
	 */
	static final class FirstSheetCells extends RecordHandler {

		private final List<BoundSheetRecord> boundSheets = new ArrayList<>();

		private final XlsRowAssembler rows;

		private SSTRecord strings;

		private boolean date1904;

		private CellTextFormatter formatter;

		private int substream = -1;

		private int wanted = -1;

		private boolean inWanted;

		private FormulaRecord stringFormula;

		FirstSheetCells(Consumer<SheetRow> sink) {
			this.rows = new XlsRowAssembler(sink);
		}

		@Override
		boolean handle(Record record) {
			if (record instanceof BoundSheetRecord sheet) {
				boundSheets.add(sheet);
			}
			else if (record instanceof SSTRecord sst) {
				strings = sst;
			}
			else if (record instanceof DateWindow1904Record window) {
				date1904 = window.getWindowing() == 1;
			}
			else if (record instanceof BOFRecord bof && bof.getType() != BOFRecord.TYPE_WORKBOOK) {
				substream++;
				if (formatter == null) {
					formatter = new CellTextFormatter(date1904);
				}
				if (wanted < 0) {
					wanted = List.of(BoundSheetRecord.orderByBofPosition(boundSheets)).indexOf(boundSheets.get(0));
				}
				inWanted = substream == wanted;
			}
			else if (record instanceof EOFRecord && inWanted) {
				rows.finish();
				return false;
			}
			else if (inWanted) {
				cell(record);
			}
			return true;
		}

		private void cell(Record record) {
			if (record instanceof StringRecord string && stringFormula != null) {
				rows.cell(stringFormula.getRow(), stringFormula.getColumn(), string.getString());
				stringFormula = null;
			}
			else if (record instanceof NumberRecord number) {
				rows.cell(number.getRow(), number.getColumn(), number(number, number.getValue()));
			}
			else if (record instanceof LabelSSTRecord label) {
				rows.cell(label.getRow(), label.getColumn(),
						strings == null ? null : strings.getString(label.getSSTIndex()).getString());
			}
			else if (record instanceof LabelRecord label) {
				rows.cell(label.getRow(), label.getColumn(), label.getValue());
			}
			else if (record instanceof BoolErrRecord boolErr) {
				rows.cell(boolErr.getRow(), boolErr.getColumn(), boolErr.isBoolean() ? Boolean.toString(boolErr.getBooleanValue())
						: FormulaError.forInt(boolErr.getErrorValue()).getString());
			}
			else if (record instanceof FormulaRecord formula) {
				formula(formula);
			}
		}

		private void formula(FormulaRecord formula) {
			CellType result = formula.getCachedResultTypeEnum();
			switch (result) {
				case STRING -> {
					if (formula.hasCachedResultString()) {
						stringFormula = formula;
					}
					else {
						rows.cell(formula.getRow(), formula.getColumn(), "");
					}
				}
				case BOOLEAN -> rows.cell(formula.getRow(), formula.getColumn(),
						Boolean.toString(formula.getCachedBooleanValue()));
				case ERROR -> rows.cell(formula.getRow(), formula.getColumn(),
						FormulaError.forInt(formula.getCachedErrorValue()).getString());
				default -> rows.cell(formula.getRow(), formula.getColumn(), number(formula, formula.getValue()));
			}
		}

		private String number(CellValueRecordInterface cell, double value) {
			return formatter.formatRawCellContents(value, formats.getFormatIndex(cell), formats.getFormatString(cell));
		}

	}

}
