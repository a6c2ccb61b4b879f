package com.conductledger.dispute;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Item scores in one text column: {@code accuracy=28;courtesy=18}, by item name. */
final class ItemScores {

	private ItemScores() {
	}

	static String format(Map<String, BigDecimal> items) {
		if (items == null || items.isEmpty()) {
			return null;
		}
		return new TreeMap<>(items).entrySet().stream()
			.map(item -> item.getKey() + "=" + item.getValue().stripTrailingZeros().toPlainString())
			.collect(Collectors.joining(";"));
	}

	static Map<String, BigDecimal> parse(String text) {
		Map<String, BigDecimal> items = new TreeMap<>();
		if (text != null && !text.isBlank()) {
			for (String pair : text.split(";")) {
				int equals = pair.indexOf('=');
				items.put(pair.substring(0, equals), new BigDecimal(pair.substring(equals + 1)));
			}
		}
		return items;
	}

}
