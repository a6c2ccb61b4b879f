package com.conductledger.ingest.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import com.conductledger.ingest.InputFileException;

/**
 * Tells which text encoding a CSV file is in (formats.md): UTF-8 when the whole file decodes
 * strictly as UTF-8 (a leading BOM is fine), else GB18030 (which contains GBK, what Excel on
 * Chinese Windows writes for "CSV") when it decodes strictly as that; anything else, UTF-16 for one,
 * is refused whole with the reason. Text is never decoded with replacement characters, so nothing
 * is ever stored garbled. One streaming pass over the bytes, both decoders fed together.
 */
public final class CsvEncoding {

	/** GB18030 as the JDK has it: every byte sequence of GBK means the same in it. */
	public static final Charset GB18030 = Charset.forName("GB18030");

	private static final int BUFFER = 64 * 1024;

	private CsvEncoding() {
	}

	/**
	 * The file's encoding.
	 * @throws InputFileException when it is neither UTF-8 nor GB18030, with the reason
	 */
	public static Charset detect(Path file, String displayName) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[BUFFER];
			int read = in.readNBytes(buffer, 0, buffer.length);
			refuseWideText(buffer, read, displayName);
			boolean utf8Bom = read >= 3 && (buffer[0] & 0xff) == 0xEF && (buffer[1] & 0xff) == 0xBB
					&& (buffer[2] & 0xff) == 0xBF;
			StrictDecoder utf8 = new StrictDecoder(StandardCharsets.UTF_8);
			StrictDecoder gb18030 = utf8Bom ? null : new StrictDecoder(GB18030);
			while (read > 0 && (utf8.ok() || gb18030 != null && gb18030.ok())) {
				utf8.feed(buffer, read);
				if (gb18030 != null) {
					gb18030.feed(buffer, read);
				}
				read = in.readNBytes(buffer, 0, buffer.length);
			}
			utf8.finish();
			if (utf8.ok()) {
				return StandardCharsets.UTF_8;
			}
			if (gb18030 != null) {
				gb18030.finish();
				if (gb18030.ok()) {
					return GB18030;
				}
			}
			throw new InputFileException(displayName + " is not UTF-8 text (" + utf8.failure() + ")"
					+ (utf8Bom ? " although it starts with a UTF-8 byte-order mark"
							: " nor GB18030/GBK text (" + gb18030.failure() + ")")
					+ ": save it as \"CSV UTF-8\" and send it again");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + displayName + ": " + ex.getMessage(), ex);
		}
	}

	/** The name the run and the upload result show. */
	public static String label(Charset charset) {
		return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name().toUpperCase(Locale.ROOT);
	}

	/** UTF-16 and UTF-32 text would decode as neither, but the user deserves to hear what it is. */
	private static void refuseWideText(byte[] start, int length, String displayName) {
		String saveAs = ": neither UTF-8 nor GB18030, which formats.md requires; save it as \"CSV UTF-8\" and send it again";
		if (length >= 2 && ((start[0] & 0xff) == 0xFF && (start[1] & 0xff) == 0xFE
				|| (start[0] & 0xff) == 0xFE && (start[1] & 0xff) == 0xFF)) {
			throw new InputFileException(displayName + " is UTF-16 or UTF-32 text (it starts with that byte-order mark)"
					+ saveAs);
		}
		for (int i = 0; i < length && start[i] != '\n'; i++) {
			if (start[i] == 0) {
				throw new InputFileException(displayName
						+ " has NUL bytes in its header line, as UTF-16 text without a byte-order mark has" + saveAs);
			}
		}
	}

	/** A decoder that stops at the first byte it cannot read and says where that was (line and byte). */
	private static final class StrictDecoder {

		private final CharsetDecoder decoder;

		private final CharBuffer sink = CharBuffer.allocate(BUFFER);

		private ByteBuffer pending = ByteBuffer.allocate(0);

		private long offset;

		private long line = 1;

		private String failure;

		StrictDecoder(Charset charset) {
			this.decoder = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		}

		boolean ok() {
			return failure == null;
		}

		String failure() {
			return failure;
		}

		void feed(byte[] bytes, int length) {
			if (!ok()) {
				return;
			}
			ByteBuffer input = ByteBuffer.allocate(pending.remaining() + length);
			input.put(pending).put(bytes, 0, length).flip();
			decode(input, false);
			pending = input.slice();
		}

		void finish() {
			if (ok()) {
				decode(pending, true);
				if (ok() && pending.hasRemaining()) {
					fail("the file ends inside a character");
				}
			}
		}

		private void decode(ByteBuffer input, boolean last) {
			while (true) {
				int start = input.position();
				CoderResult result = decoder.decode(input, sink, last);
				count(input, start);
				sink.clear();
				if (result.isError()) {
					fail("byte 0x" + String.format(Locale.ROOT, "%02X", input.get(input.position()) & 0xff)
							+ " cannot be read");
					return;
				}
				if (result.isUnderflow()) {
					return;
				}
			}
		}

		private void count(ByteBuffer input, int start) {
			for (int i = start; i < input.position(); i++) {
				if (input.get(i) == '\n') {
					line++;
				}
			}
			offset += input.position() - start;
		}

		private void fail(String what) {
			failure = what + " at line " + line + ", byte " + (offset + 1);
		}

	}

}
