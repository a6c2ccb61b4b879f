package com.conductledger.ingest.csv;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import com.conductledger.ingest.RowReader;
import org.springframework.batch.infrastructure.item.file.FlatFileItemReader;
import org.springframework.batch.infrastructure.item.file.FlatFileParseException;
import org.springframework.batch.infrastructure.item.file.LineMapper;
import org.springframework.batch.infrastructure.item.file.separator.DefaultRecordSeparatorPolicy;
import org.springframework.batch.infrastructure.item.file.transform.DelimitedLineTokenizer;
import org.springframework.batch.infrastructure.item.file.transform.FieldSet;
import org.springframework.core.io.FileSystemResource;

import com.conductledger.ingest.InputFileException;
import com.conductledger.ingest.RawRow;

/**
 * Reads a formats.md CSV file (UTF-8, optional BOM, RFC 4180 quoting, header row) into
 * {@link RawRow}s, streaming, through Spring Batch's {@link FlatFileItemReader}. The row number
 * is the line number in the file, the header being line 1. A line that does not split into the
 * header's columns comes out as a malformed row, to be rejected, not as an exception.
 */
public class CsvRowReader implements RowReader {

	private static final char BOM = '\uFEFF';

	private final FlatFileItemReader<RawRow> delegate;

	private final String displayName;

	private final DelimitedLineTokenizer tokenizer = new DelimitedLineTokenizer(",");

	private List<String> header = List.of();

	public CsvRowReader(Path file, String displayName) {
		this.displayName = displayName;
		this.delegate = new FlatFileItemReader<>(this::mapLine);
		delegate.setName("csv");
		delegate.setResource(new FileSystemResource(file));
		delegate.setEncoding(StandardCharsets.UTF_8.name());
		delegate.setLinesToSkip(1);
		delegate.setSkippedLinesCallback(this::readHeader);
		delegate.setRecordSeparatorPolicy(new DefaultRecordSeparatorPolicy());
		delegate.setStrict(true);
		tokenizer.setStrict(false);
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
			throw new InputFileException(displayName + " cannot be read: " + ex.getMessage(), ex);
		}
		if (header.isEmpty()) {
			throw new InputFileException(displayName + " is empty: expected a header row");
		}
	}

	@Override
	public RawRow read() throws Exception {
		try {
			return delegate.read();
		}
		catch (FlatFileParseException ex) {
			// only an unclosed quote gets here: the record ran into the end of the file
			return RawRow.malformed(ex.getLineNumber(), "unclosed quote: the record runs to the end of the file");
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

	private void readHeader(String line) {
		String withoutBom = !line.isEmpty() && line.charAt(0) == BOM ? line.substring(1) : line;
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

}
