package com.conductledger.scoring.job;

import java.util.HashMap;
import java.util.Map;

/**
 * One instance for equal values (agent ids, dates, times) while a whole period is read into memory:
 * a month of 10,000 agents repeats each id and date hundreds of thousands of times. Not shared between
 * threads: one per read.
 */
final class Interner {

	/** Keeps every value as read (the day-by-day reads hold one day only). */
	static final Interner NONE = new Interner(false);

	private final Map<Object, Object> values;

	private Interner(boolean keep) {
		this.values = keep ? new HashMap<>() : null;
	}

	static Interner forOneRead() {
		return new Interner(true);
	}

	@SuppressWarnings("unchecked")
	<T> T of(T value) {
		if (values == null || value == null) {
			return value;
		}
		return (T) values.computeIfAbsent(value, key -> key);
	}

}
