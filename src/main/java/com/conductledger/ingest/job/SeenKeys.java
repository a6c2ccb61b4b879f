package com.conductledger.ingest.job;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The fact keys already taken from the file being read, to reject a duplicate id within one file.
 * Holds a 64-bit hash and the row of each key (12 bytes a row, no strings), so a million-row file
 * needs about 24 MB at most; two distinct keys sharing a 64-bit hash is vanishingly unlikely
 * (about 1 in 10^7 for a million keys). Keys are compared regardless of case, as the MySQL
 * server's {@code _ci} collation compares them: {@code L-1} and {@code l-1} in one file are one
 * id stated twice there, and the second row is rejected instead of silently replacing the first.
 */
final class SeenKeys {

	private static final long EMPTY = 0L;

	private long[] hashes = new long[1024];

	private int[] rows = new int[1024];

	private int size;

	/** Records the key at that row; returns the row it was first seen at, or 0 if it is new. */
	int firstRowOf(String key, int row) {
		long hash = hash(key);
		int slot = slot(hash, hashes.length);
		while (hashes[slot] != EMPTY) {
			if (hashes[slot] == hash) {
				return rows[slot];
			}
			slot = (slot + 1) & (hashes.length - 1);
		}
		hashes[slot] = hash;
		rows[slot] = row;
		if (++size * 2 > hashes.length) {
			grow();
		}
		return 0;
	}

	int size() {
		return size;
	}

	private void grow() {
		long[] oldHashes = hashes;
		int[] oldRows = rows;
		hashes = new long[oldHashes.length * 2];
		rows = new int[oldRows.length * 2];
		for (int i = 0; i < oldHashes.length; i++) {
			if (oldHashes[i] != EMPTY) {
				int slot = slot(oldHashes[i], hashes.length);
				while (hashes[slot] != EMPTY) {
					slot = (slot + 1) & (hashes.length - 1);
				}
				hashes[slot] = oldHashes[i];
				rows[slot] = oldRows[i];
			}
		}
	}

	private static int slot(long hash, int capacity) {
		return (int) (hash ^ (hash >>> 32)) & (capacity - 1);
	}

	/** FNV-1a over the UTF-8 bytes of the key in upper case, never 0 (0 marks an empty slot). */
	static long hash(String key) {
		long hash = 0xcbf29ce484222325L;
		for (byte b : key.toUpperCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8)) {
			hash ^= b & 0xff;
			hash *= 0x100000001b3L;
		}
		return hash == EMPTY ? 1L : hash;
	}

}
