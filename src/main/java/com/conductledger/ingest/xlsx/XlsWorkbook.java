package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import com.conductledger.ingest.InputFileException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.model.InternalWorkbook;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * A legacy Excel 97-2003 workbook ({@code .xls}, BIFF8 in an OLE2 file) read with POI's HSSF event
 * API: records stream from the file one at a time, and only the first sheet's cells are turned into
 * {@link SheetRow}s, exactly as {@link XlsxWorkbook} does for {@code .xlsx}: numbers by value, dates
 * as ISO text by their format, formulas by their cached result. The workbook's shared strings are
 * held (as Excel itself does), so the file's size is limited ({@link WorkbookLimits#MAX_XLS_BYTES}).
 */
final class XlsWorkbook implements FirstSheet {

	private final POIFSFileSystem filesystem;

	private final DirectoryNode root;

	private final String workbookEntry;

	private final List<String> sheetNames;

	private XlsWorkbook(POIFSFileSystem filesystem, String workbookEntry, List<String> sheetNames) {
		this.filesystem = filesystem;
		this.root = filesystem.getRoot();
		this.workbookEntry = workbookEntry;
		this.sheetNames = sheetNames;
	}

	/**
	 * Opens the workbook and reads its sheet names.
	 * @throws InputFileException when it is missing, too large, encrypted or not an Excel 97-2003 workbook
	 */
	static XlsWorkbook open(Path file, Path shownAs) {
		if (!Files.isRegularFile(file)) {
			throw new InputFileException(shownAs + " cannot be read: there is no such file");
		}
		POIFSFileSystem filesystem = null;
		try {
			if (Files.size(file) > WorkbookLimits.MAX_XLS_BYTES) {
				throw WorkbookProblems.tooLarge(shownAs, null, new WorkbookLimits.TooLargeException(
						"an Excel 97-2003 workbook of more than " + (WorkbookLimits.MAX_XLS_BYTES >> 20) + " MB"));
			}
			filesystem = new POIFSFileSystem(file.toFile(), true);
			String entry = workbookEntry(filesystem.getRoot(), shownAs);
			XlsWorkbook workbook = new XlsWorkbook(filesystem, entry, List.of());
			List<String> names = workbook.readSheetNames();
			return new XlsWorkbook(filesystem, entry, names);
		}
		catch (InputFileException ex) {
			closeQuietly(filesystem);
			throw ex;
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(filesystem);
			throw WorkbookProblems.notAnXls(shownAs, ex);
		}
	}

	@Override
	public String sheetName() {
		return sheetNames.get(0);
	}

	@Override
	public List<String> sheetNames() {
		return sheetNames;
	}

	@Override
	public void parseFirstSheet(Consumer<SheetRow> sink) throws IOException {
		process(new XlsRecords.FirstSheetCells(sink));
	}

	@Override
	public void close() {
		closeQuietly(filesystem);
	}

	private List<String> readSheetNames() throws IOException {
		List<String> names = new ArrayList<>();
		process(new XlsRecords.RecordHandler() {
			@Override
			boolean handle(Record record) {
				if (record instanceof BoundSheetRecord sheet) {
					names.add(sheet.getSheetname());
				}
				return !(record instanceof EOFRecord);
			}
		});
		if (names.isEmpty()) {
			throw new IllegalArgumentException("it has no worksheet");
		}
		return List.copyOf(names);
	}

	private void process(XlsRecords.RecordHandler handler) throws IOException {
		HSSFRequest request = new HSSFRequest();
		FormatTrackingHSSFListener formats = new FormatTrackingHSSFListener(handler::process, Locale.ROOT);
		handler.formats = formats;
		request.addListenerForAllRecords(formats);
		try (InputStream in = root.createDocumentInputStream(workbookEntry)) {
			new HSSFEventFactory().processEvents(request, in);
		}
		catch (XlsRecords.HandlerDone done) {
			// the handler has what it needs
		}
	}

	private static String workbookEntry(DirectoryNode root, Path shownAs) {
		if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
			throw new InputFileException(shownAs + " is protected with a password: save it without the password");
		}
		for (String name : InternalWorkbook.WORKBOOK_DIR_ENTRY_NAMES) {
			if (root.hasEntry(name)) {
				return name;
			}
		}
		if (root.hasEntry(InternalWorkbook.OLD_WORKBOOK_DIR_ENTRY_NAME)) {
			throw new InputFileException(shownAs + " is an Excel 5.0/95 workbook, older than Excel 97-2003: "
					+ "save it as an Excel Workbook (.xlsx)");
		}
		throw new InputFileException(shownAs + " is an Office file but not an Excel workbook (it holds no Workbook "
				+ "stream): save the evaluations as an Excel Workbook (.xlsx)");
	}

	private static void closeQuietly(POIFSFileSystem filesystem) {
		try {
			if (filesystem != null) {
				filesystem.close();
			}
		}
		catch (IOException ex) {
			// read-only: nothing to lose
		}
	}

}
