package com.conductledger.sampledata;

import java.util.SplittableRandom;

/** Seeded Fisher-Yates shuffles of small integer ranges, for order-free searches. */
final class Shuffle {

	private Shuffle() {
	}

	/** The integers from..to inclusive in a random order (empty when to < from). */
	static int[] range(SplittableRandom random, int from, int to) {
		if (to < from) {
			return new int[0];
		}
		int[] values = new int[to - from + 1];
		for (int i = 0; i < values.length; i++) {
			values[i] = from + i;
		}
		for (int i = values.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int swap = values[i];
			values[i] = values[j];
			values[j] = swap;
		}
		return values;
	}

}
