package com.conductledger.ingest.csv;

import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.item.file.NonTransientFlatFileException;
import org.springframework.batch.infrastructure.item.file.separator.DefaultRecordSeparatorPolicy;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;
import org.springframework.core.io.FileSystemResource;

import com.conductledger.ingest.InputFileException;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.RowReader;

/**
 * Reads a formats.md CSV file (UTF-8 with an optional BOM, or GB18030; RFC 4180 quoting; a header
 * row) into {@link RawRow}s, streaming, through Spring Batch's {@link FlatFileItemReader}. The row
 * number is the line number in the file, the header being line 1. A line that does not split into
 * the header's columns comes out as a malformed row, to be rejected, not as an exception. A record
 * longer than {@link #MAX_RECORD} characters (an unclosed quote in a large file) refuses the file
 * rather than filling memory.
 */
public class CsvRowReader implements RowReader {

	/** The most characters one record (one row, quoted line breaks included) may have. */
	public static final int MAX_RECORD = 1_000_000;

	private static final char BOM = '\uFEFF';

	private final FlatFileItemReader<RawRow> delegate;

	private final String displayName;

	private final Charset charset;

	private final DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(",");

	private List<String> header = List.of();

	private int lastRow = 1;

	/** Reads the file in the encoding {@link CsvEncoding#detect} finds. */
	public CsvRowReader(Path file, String displayName) {
		this(file, displayName, CsvEncoding.detect(file, displayName));
	}

	public CsvRowReader(Path file, String displayName, Charset charset) {
		this.displayName = displayName;
		this.charset = charset;
		this.delegate = new FlatFileItemReader<>(this::mapLine);
		delegate.setName("csv");
		delegate.setResource(new FileSystemResource(file));
		delegate.setEncoding(charset.name());
		delegate.setBufferedReaderFactory((resource, encoding) -> new BoundedLineReader(
				new InputStreamReader(resource.getInputStream(), Charset.forName(encoding)), MAX_RECORD));
		delegate.setLinesToSkip(1);
		delegate.setSkippedLinesCallback(this::readHeader);
		delegate.setRecordSeparatorPolicy(new DefaultRecordSeparatorPolicy() {
			@Override
			public boolean isEndOfRecord(String record) {
				if (record.length() > MAX_RECORD) {
					throw new RecordTooLongException();
				}
				return super.isEndOfRecord(record);
			}
		});
		delegate.setStrict(true);
		tokenizer.setStrict(false);
	}

	public Charset charset() {
		return charset;
	}

	@Override
	public List<String> header() {
		return header;
	}

	@Override
	public void open(ExecutionContext context) {
		try {
			delegate.open(context);
		}
		catch (ItemStreamException ex) {
			if (isTooLong(ex)) {
				throw tooLong();
			}
			throw new InputFileException(displayName + " cannot be read: " + ex.getMessage(), ex);
		}
		if (header.isEmpty()) {
			throw new InputFileException(displayName + " is empty: expected a header row");
		}
	}

	@Override
	public RawRow read() throws Exception {
		try {
			RawRow row = delegate.read();
			if (row != null) {
				lastRow = row.row();
			}
			return row;
		}
		catch (FlatFileParseException ex) {
			// only an unclosed quote gets here: the record ran into the end of the file
			return RawRow.malformed(ex.getLineNumber(), "unclosed quote: the record runs to the end of the file");
		}
		catch (RecordTooLongException | NonTransientFlatFileException ex) {
			if (isTooLong(ex)) {
				throw tooLong();
			}
			throw ex;
		}
	}

	@Override
	public void update(ExecutionContext context) {
		delegate.update(context);
	}

	@Override
	public void close() {
		delegate.close();
	}

	private InputFileException tooLong() {
		return new InputFileException(displayName + ": the record after row " + lastRow + " is longer than "
				+ MAX_RECORD + " characters (an unclosed quote?), too large to read; no row is that long");
	}

	private static boolean isTooLong(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RecordTooLongException || cause instanceof BoundedLineReader.LineTooLongException) {
				return true;
			}
		}
		return false;
	}

	private void readHeader(String line) {
		String withoutBom = !line.isEmpty() && line.charAt(0) == BOM && charset.equals(StandardCharsets.UTF_8)
				? line.substring(1) : line;
		List<String> names = new ArrayList<>();
		for (String name : tokenize(withoutBom)) {
			names.add(name.trim().toLowerCase(Locale.ROOT));
		}
		header = List.copyOf(names);
	}

	private RawRow mapLine(String line, int lineNumber) {
		if (line.isBlank()) {
			return new RawRow(null, lineNumber, Map.of());
		}
		List<String> values = tokenize(line);
		if (values.size() != header.size()) {
			return RawRow.malformed(lineNumber,
					"expected " + header.size() + " fields as in the header, found " + values.size());
		}
		Map<String, String> cells = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			cells.put(header.get(i), values.get(i));
		}
		return new RawRow(null, lineNumber, cells);
	}

	private List<String> tokenize(String line) {
		FieldSet fields = tokenizer.tokenize(line);
		return List.of(fields.getValues());
	}

	/** One record runs on past {@link #MAX_RECORD} characters. */
	private static final class RecordTooLongException extends RuntimeException {

		RecordTooLongException() {
			super("record longer than " + MAX_RECORD + " characters", null, false, false);
		}

	}

}
