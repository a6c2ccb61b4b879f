package com.conductledger.reporting.pdf;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.conductledger.reporting.LedgerSource;
import com.conductledger.scoring.rules.LedgerEntry;

/**
 * The period's ledger, read once and written to a temporary file with an index by person. Packs
 * print people in meeting order (team, then rank) while the ledger arrives sorted by person id, and
 * the full pack and every team pack share that one read. Memory holds the index (one small record
 * per person) and one person's entries at a time, whatever the size of the month.
 */
final class LedgerSpill implements AutoCloseable {

	private record Span(long offset, int length, int count, int points) {

		Span plus(int bytes, int entryPoints) {
			return new Span(offset, length + bytes, count + 1, points + entryPoints);
		}

	}

	private final Path file;

	private final Map<String, Span> index;

	private final FileChannel channel;

	private LedgerSpill(Path file, Map<String, Span> index) throws IOException {
		this.file = file;
		this.index = index;
		this.channel = FileChannel.open(file, StandardOpenOption.READ);
	}

	/** Reads the ledger once; its entries must come grouped by person, as formats.md sorts them. */
	static LedgerSpill of(LedgerSource ledger, Path directory) {
		Path file = null;
		try {
			file = Files.createTempFile(directory, "ledger-", ".spill");
			Map<String, Span> index = new HashMap<>();
			try (OutputStream out = Files.newOutputStream(file)) {
				new Writer(out, index).writeAll(ledger);
			}
			return new LedgerSpill(file, index);
		}
		catch (IOException ex) {
			deleteQuietly(file);
			throw new UncheckedIOException(ex);
		}
		catch (RuntimeException ex) {
			deleteQuietly(file);
			throw ex;
		}
	}

	/** The sum of the person's ledger points, 0 for a person without entries. */
	int points(String personId) {
		Span span = index.get(personId);
		return span == null ? 0 : span.points();
	}

	List<LedgerEntry> entriesOf(String personId) {
		Span span = index.get(personId);
		if (span == null) {
			return List.of();
		}
		try {
			ByteBuffer bytes = ByteBuffer.allocate(span.length());
			while (bytes.hasRemaining()) {
				if (channel.read(bytes, span.offset() + bytes.position()) < 0) {
					throw new IOException("ledger spill " + file + " ends early");
				}
			}
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes.array()));
			List<LedgerEntry> entries = new ArrayList<>(span.count());
			for (int i = 0; i < span.count(); i++) {
				entries.add(LedgerEntryCodec.read(in));
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			channel.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(file);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			file.toFile().deleteOnExit();
		}
	}

	/** Appends entries and indexes them; refuses a ledger whose person's entries are not together. */
	private static final class Writer {

		private final OutputStream out;

		private final Map<String, Span> index;

		private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(256);

		private final DataOutputStream encoder = new DataOutputStream(buffer);

		private long offset;

		private String person;

		Writer(OutputStream out, Map<String, Span> index) {
			this.out = new BufferedOutputStream(out, 64 * 1024);
			this.index = index;
		}

		void writeAll(LedgerSource ledger) throws IOException {
			ledger.forEachEntry(this::write);
			out.flush();
		}

		private void write(LedgerEntry entry) {
			try {
				buffer.reset();
				LedgerEntryCodec.write(entry, encoder);
				String id = entry.personId();
				if (!id.equals(person)) {
					if (index.containsKey(id)) {
						throw new IllegalStateException("the ledger is not grouped by person: entries of " + id
								+ " come again after those of " + person);
					}
					person = id;
					index.put(id, new Span(offset, 0, 0, 0));
				}
				index.put(id, index.get(id).plus(buffer.size(), entry.points()));
				buffer.writeTo(out);
				offset += buffer.size();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
