package com.conductledger.reporting.pdf;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Source;

/** Ledger entries to and from the spill file: a private, short-lived format, no versioning needed. */
final class LedgerEntryCodec {

	private static final long NO_DATE = Long.MIN_VALUE;

	private LedgerEntryCodec() {
	}

	static void write(LedgerEntry entry, DataOutput out) throws IOException {
		writeString(out, entry.personId());
		writeString(out, entry.ruleId());
		writeNullable(out, entry.article());
		out.writeLong(entry.date() == null ? NO_DATE : entry.date().toEpochDay());
		out.writeByte(entry.shift() == null ? -1 : entry.shift().ordinal());
		out.writeInt(entry.points());
		out.writeInt(entry.reasons().size());
		for (String reason : entry.reasons()) {
			writeString(out, reason);
		}
		Source source = entry.source();
		out.writeBoolean(source != null);
		if (source != null) {
			writeString(out, source.file());
			writeNullable(out, source.sheet());
			out.writeInt(source.row());
		}
	}

	static LedgerEntry read(DataInput in) throws IOException {
		String personId = readString(in);
		String ruleId = readString(in);
		String article = readNullable(in);
		long day = in.readLong();
		int shift = in.readByte();
		int points = in.readInt();
		int reasonCount = in.readInt();
		List<String> reasons = new ArrayList<>(reasonCount);
		for (int i = 0; i < reasonCount; i++) {
			reasons.add(readString(in));
		}
		Source source = in.readBoolean() ? new Source(readString(in), readNullable(in), in.readInt()) : null;
		return new LedgerEntry(personId, ruleId, article, day == NO_DATE ? null : LocalDate.ofEpochDay(day),
				shift < 0 ? null : ShiftCode.values()[shift], points, reasons, source);
	}

	private static void writeNullable(DataOutput out, String value) throws IOException {
		out.writeBoolean(value != null);
		if (value != null) {
			writeString(out, value);
		}
	}

	private static String readNullable(DataInput in) throws IOException {
		return in.readBoolean() ? readString(in) : null;
	}

	/** Length-prefixed UTF-8: unlike writeUTF, no 64 KB limit on a long reason. */
	private static void writeString(DataOutput out, String value) throws IOException {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		out.writeInt(bytes.length);
		out.write(bytes);
	}

	private static String readString(DataInput in) throws IOException {
		byte[] bytes = new byte[in.readInt()];
		in.readFully(bytes);
		return new String(bytes, StandardCharsets.UTF_8);
	}

}
