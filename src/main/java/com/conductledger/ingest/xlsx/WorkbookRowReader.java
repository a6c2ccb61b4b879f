package com.conductledger.ingest.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.conductledger.ingest.InputFileException;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.RowReader;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.jspecify.annotations.Nullable;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;


/**
 * Reads the first sheet of a workbook row by row without loading the workbook: row 1 names the
 * columns, every later non-blank row becomes a {@link RawRow} keyed by those names. Cells come as
 * text by value (dates as ISO {@code yyyy-MM-dd}, numbers plain), not by display format. The format
 * is the subclass's: {@link XlsxRowReader} for .xlsx, {@link XlsRowReader} for legacy .xls;
 * {@link #forFile} picks by the file's content, whatever its name says.
 * <p>
 * The sheet is parsed on a daemon thread that hands rows over through a small bounded queue;
 * {@link #close()} stops it. Restartable: {@link #update} saves the number of rows read and
 * {@link #open} skips that many again.
 */
public abstract class WorkbookRowReader implements RowReader {

	/** Execution-context key holding how many data rows this reader has returned. */
	public static final String ROWS_READ_KEY = "xlsx.rows.read";

	private final Path file;

	private FirstSheet workbook;

	private RowHandOff rows;

	private ColumnHeader header;

	private int rowsRead;

	private int lastRowNumber;

	/** Where messages say the file is: the name the user knows it by. */
	private final Path shownAs;

	/** Reads {@code file}, naming it {@code displayName} (e.g. {@code evaluations/qa.xlsx}) in messages. */
	protected WorkbookRowReader(Path file, String displayName) {
		this.file = Objects.requireNonNull(file, "file");
		this.shownAs = Path.of(displayName);
	}

	/** The reader for the file's format by its first bytes: an OLE2 file is a legacy .xls, anything else is read as .xlsx. */
	public static WorkbookRowReader forFile(Path file, String displayName) {
		return isOle2(file) ? new XlsRowReader(file, displayName) : new XlsxRowReader(file, displayName);
	}

	/** Opens the workbook (or says, as an {@link InputFileException}, why it cannot be read). */
	abstract FirstSheet openWorkbook(Path file, Path shownAs);

	/** The name of the thread that parses the sheet. */
	abstract String threadName(Path file);

	private static boolean isOle2(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return FileMagic.valueOf(FileMagic.prepareToCheckMagic(in)) == FileMagic.OLE2;
		}
		catch (IOException | RuntimeException ex) {
			return false;
		}
	}

	/**
	 * Opens the workbook, reads the header row and skips the rows a previous run already read.
	 * @throws InputFileException when the file is not a workbook or its first sheet has no header row
	 */
	@Override
	public void open(ExecutionContext executionContext) {
		close();
		header = null;
		rowsRead = 0;
		lastRowNumber = 0;
		workbook = openWorkbook(file, shownAs);
		rows = RowHandOff.start(threadName(file), workbook::parseFirstSheet);
		try {
			header = ColumnHeader.of(nextRow(), shownAs, workbook.sheetName());
			skip(executionContext.getInt(ROWS_READ_KEY, 0));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			close();
			throw new ItemStreamException("Interrupted while opening " + file, ex);
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/** The column names of the header row, lower-cased and trimmed, in sheet order (blank names as ""). */
	@Override
	public List<String> header() {
		if (header == null) {
			throw new IllegalStateException("open() the reader before asking for its header");
		}
		return header.names();
	}

	@Override
	public String headerLocation() {
		return "first sheet '" + workbook.sheetName() + "'";
	}

	@Override
	public String headerHint() {
		List<String> sheets = workbook.sheetNames();
		return sheets.size() < 2 ? null : "only the first sheet is read; the workbook's sheets are '"
				+ String.join("', '", sheets) + "': put the evaluations sheet first";
	}

	/**
	 * The next non-blank data row, or null after the last.
	 * @throws InputFileException when the sheet turns out to be damaged
	 */
	@Override
	public @Nullable RawRow read() throws InterruptedException {
		if (rows == null) {
			throw new IllegalStateException("open() the reader before reading");
		}
		for (SheetRow row = nextRow(); row != null; row = nextRow()) {
			Map<String, String> cells = header.cellsOf(row);
			Map<String, String> unreadable = header.unreadableOf(row);
			if (!ColumnHeader.isBlank(cells) || !unreadable.isEmpty()) {
				rowsRead++;
				return new RawRow(workbook.sheetName(), row.number(), cells, null, unreadable);
			}
		}
		return null;
	}

	@Override
	public void update(ExecutionContext executionContext) {
		executionContext.putInt(ROWS_READ_KEY, rowsRead);
	}

	/** Stops the parsing thread and releases the file; safe to call more than once. */
	@Override
	public void close() {
		if (rows != null) {
			rows.close();
			rows = null;
		}
		if (workbook != null) {
			workbook.close();
			workbook = null;
		}
	}

	private void skip(int alreadyRead) throws InterruptedException {
		while (rowsRead < alreadyRead && read() != null) {
			// rows a previous run has already handed on
		}
	}

	private SheetRow nextRow() throws InterruptedException {
		try {
			SheetRow row = rows.next();
			if (row != null) {
				lastRowNumber = row.number();
			}
			return row;
		}
		catch (RowHandOff.ProducerFailedException ex) {
			if (!WorkbookProblems.isDamage(ex.getCause())) {
				throw new IllegalStateException("Reading " + file + " failed", ex.getCause());
			}
			throw WorkbookProblems.damaged(shownAs, workbook.sheetName(), lastRowNumber, ex.getCause());
		}
	}

}
