package com.conductledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Schedule files for versions and what-ifs: the shipped one with a line changed, a title and an effective-from. */
public final class Proposals {

	public static final Path SHIPPED = Path.of("jobs/penalty-schedule.yml");

	public static final String SW_EXCESS = "SW-EXCESS:            { article: \"36\", points: 5 }";

	private Proposals() {
	}

	/** The shipped schedule with SW-EXCESS raised from 5 to 10 points. */
	public static byte[] swapExcessAtTen(String title, String effectiveFrom) {
		return shippedWith(SW_EXCESS, SW_EXCESS.replace("points: 5", "points: 10"), title, effectiveFrom);
	}

	/** The shipped schedule with the one line holding {@code original} changed, headed by a title and an effective-from. */
	public static byte[] shippedWith(String original, String replacement, String title, String effectiveFrom) {
		try {
			String yaml = Files.readString(SHIPPED);
			if (!yaml.contains(original)) {
				throw new IllegalArgumentException("'" + original + "' is not in " + SHIPPED);
			}
			String header = (title == null ? "" : "title: \"" + title + "\"\n")
					+ (effectiveFrom == null ? "" : "effective-from: \"" + effectiveFrom + "\"\n");
			return (header + yaml.replace(original, replacement)).getBytes(StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
