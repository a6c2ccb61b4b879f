package com.conductledger.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** The known name nearest to a misspelt one, when it is near enough to be what was meant. */
final class Nearest {

	private Nearest() {
	}

	static Optional<String> of(String typed, Collection<String> known) {
		int allowed = Math.max(2, typed.length() / 3);
		return known.stream()
			.filter(name -> distance(typed, name) <= allowed || name.startsWith(typed) || typed.startsWith(name))
			.min(Comparator.comparingInt((String name) -> distance(typed, name)));
	}

	/** Levenshtein distance, counting a swap of two neighbours as one edit ({@code perod}, {@code inptu}). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
