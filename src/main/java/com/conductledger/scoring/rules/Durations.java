package com.conductledger.scoring.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Durations as a person reads them in a reason: {@code 7 h 59 min}, {@code 5 min 1 s}, {@code 2 h}. */
final class Durations {

	private Durations() {
	}

	static String text(Duration duration) {
		if (duration.isNegative()) {
			return "-" + text(duration.negated());
		}
		List<String> parts = new ArrayList<>();
		if (duration.toHours() > 0) {
			parts.add(duration.toHours() + " h");
		}
		if (duration.toMinutesPart() > 0) {
			parts.add(duration.toMinutesPart() + " min");
		}
		if (duration.toSecondsPart() > 0) {
			parts.add(duration.toSecondsPart() + " s");
		}
		return parts.isEmpty() ? "0 min" : String.join(" ", parts);
	}

}
