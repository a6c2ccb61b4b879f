package com.conductledger.schedule;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** A section of the schedule file with typed, checked look-ups that name the full key on failure. */
record ScheduleMap(String origin, String path, Map<String, Object> values) {

	List<String> keys() {
		return values.keySet().stream().map(String::valueOf).toList();
	}

	ScheduleMap map(String key) {
		Object value = required(key);
		if (!(value instanceof Map<?, ?> map)) {
			throw problem(key, "must be a mapping");
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> section = (Map<String, Object>) map;
		return new ScheduleMap(origin, qualified(key), section);
	}

	String text(String key) {
		return String.valueOf(required(key)).trim();
	}

	boolean flag(String key) {
		Object value = required(key);
		if (!(value instanceof Boolean flag)) {
			throw problem(key, "must be true or false, got '" + value + "'");
		}
		return flag;
	}

	BigDecimal nonNegative(String key) {
		Object value = required(key);
		BigDecimal number;
		try {
			number = new BigDecimal(String.valueOf(value).trim());
		}
		catch (NumberFormatException ex) {
			throw problem(key, "must be a number, got '" + value + "'");
		}
		if (number.signum() < 0) {
			throw problem(key, "must not be negative, got " + value);
		}
		return number;
	}

	int count(String key) {
		try {
			return nonNegative(key).intValueExact();
		}
		catch (ArithmeticException ex) {
			throw problem(key, "must be a whole number, got " + values.get(key));
		}
	}

	/** A whole number that may be left out, then {@code otherwise}. */
	int count(String key, int otherwise) {
		return values.get(key) == null ? otherwise : count(key);
	}

	Duration minutes(String key) {
		return Duration.ofMinutes(count(key));
	}

	Duration hours(String key) {
		return Duration.ofHours(count(key));
	}

	LocalTime time(String key) {
		try {
			return LocalTime.parse(text(key));
		}
		catch (DateTimeParseException ex) {
			throw problem(key, "must be a time HH:mm, got '" + values.get(key) + "'");
		}
	}

	ScheduleException problem(String key, String message) {
		return new ScheduleException(origin + ": " + qualified(key) + " " + message);
	}

	private Object required(String key) {
		Object value = values.get(key);
		if (value == null) {
			throw problem(key, "is missing");
		}
		return value;
	}

	private String qualified(String key) {
		return path.isEmpty() ? key : key.isEmpty() ? path : path + "." + key;
	}

}
