package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.nio.file.Path;

import com.conductledger.ingest.InputFileException;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.xml.sax.SAXException;

/** One-line messages, for the user who uploaded the file, about workbooks that cannot be read. */
final class WorkbookProblems {

	private static final int MAX_DETAIL = 200;

	private static final String ZIP_BOMB = "it unpacks to far more data than its size suggests, as a zip bomb does, "
			+ "so it was not read";

	private WorkbookProblems() {
	}

	static InputFileException notAnXls(Path file, Exception cause) {
		String reason;
		if (cause instanceof EncryptedDocumentException) {
			reason = "it is protected with a password; save it without the password";
		}
		else if (cause instanceof OldExcelFormatException) {
			reason = "it is an Excel 5.0/95 workbook, older than Excel 97-2003; save it as an Excel Workbook (.xlsx)";
		}
		else {
			reason = "it is damaged (" + detail(cause) + "); open it in Excel and save it again";
		}
		return new InputFileException(file + " is not a readable Excel 97-2003 workbook (.xls): " + reason, cause);
	}

	static InputFileException notAWorkbook(Path file, Exception cause) {
		return new InputFileException(file + " is not an Excel workbook (.xlsx): " + reason(cause), cause);
	}

	/** A workbook past one of {@link WorkbookLimits}: refused with which, and never read into memory. */
	static InputFileException tooLarge(Path file, String sheet, WorkbookLimits.TooLargeException cause) {
		String where = file + (sheet == null ? "" : ", sheet '" + sheet + "'");
		return new InputFileException(where + ": too large to read (" + cause.getMessage()
				+ "); split it into smaller workbooks", cause);
	}

	static InputFileException damaged(Path file, String sheet, int lastRow, Throwable cause) {
		WorkbookLimits.TooLargeException tooLarge = WorkbookLimits.TooLargeException.in(cause);
		if (tooLarge != null) {
			return tooLarge(file, sheet, tooLarge);
		}
		if (cause instanceof EncryptedDocumentException || cause instanceof OldExcelFormatException) {
			return notAnXls(file, (Exception) cause);
		}
		String detail = detail(cause);
		String where = file + ", sheet '" + sheet + "'" + (lastRow > 0 ? ", after row " + lastRow : "");
		String reason = isZipBomb(detail) ? ZIP_BOMB : "it is damaged (" + detail + "); open it in Excel and save it again";
		return new InputFileException(where + ": " + reason, cause);
	}

	/** Whether a failure while parsing a sheet comes from the file's content rather than from a bug here. */
	static boolean isDamage(Throwable failure) {
		return failure instanceof SAXException || failure instanceof IOException || failure instanceof POIXMLException
				|| failure instanceof OpenXML4JRuntimeException || failure instanceof IllegalArgumentException
				|| failure instanceof RecordFormatException || failure instanceof EncryptedDocumentException
				|| failure instanceof OldExcelFormatException || WorkbookLimits.TooLargeException.in(failure) != null;
	}

	private static String reason(Throwable cause) {
		if (cause instanceof OLE2NotOfficeXmlFileException) {
			return "it is an Excel 97-2003 workbook or a password-protected file: "
					+ "name an Excel 97-2003 workbook .xls, and save a protected one without its password";
		}
		if (cause instanceof ODFNotOfficeXmlFileException) {
			return "it is an OpenDocument spreadsheet (.ods); save it as an Excel Workbook (.xlsx)";
		}
		if (cause instanceof EmptyFileException) {
			return "the file is empty";
		}
		if (cause instanceof UnsupportedFileFormatException) {
			return "it is not an Office Open XML (zip) file, perhaps a CSV or another file renamed to .xlsx";
		}
		if (cause instanceof XlsxWorkbook.InvalidWorkbookException) {
			return cause.getMessage();
		}
		String detail = detail(cause);
		if (isZipBomb(detail)) {
			return ZIP_BOMB;
		}
		return "it is damaged or is not an Excel file (" + detail + "); open it in Excel and save it again";
	}

	private static boolean isZipBomb(String detail) {
		return detail.contains("Zip bomb");
	}

	private static String detail(Throwable failure) {
		return firstLine(rootOf(failure).getMessage());
	}

	private static Throwable rootOf(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private static String firstLine(String message) {
		if (message == null || message.isBlank()) {
			return "no detail";
		}
		String line = message.strip().lines().findFirst().orElse("");
		return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "..." : line;
	}

}
