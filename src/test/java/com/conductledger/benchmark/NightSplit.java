package com.conductledger.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A month as two deliveries: everything but the last day's roster, attendance and breaks, and that
 * day alone as the night's drop ({@code roster-<day>.csv}, ...), which the ingest takes after the
 * plain files. What a new night of a centre brings: one day of shifts, sign-ins and breaks for all.
 */
final class NightSplit {

	/** The files split, and the column of each that holds the shift date. */
	private static final Map<String, Integer> BY_DAY = Map.of("roster.csv", 1, "attendance.csv", 1, "breaks.csv", 1);

	private NightSplit() {
	}

	/** Writes the month without its last day into {@code before} and that day into {@code drop}; returns the day. */
	static String split(Path month, Path before, Path drop) throws IOException {
		Files.createDirectories(before);
		Files.createDirectories(drop);
		String last = lastDay(month.resolve("roster.csv"));
		try (Stream<Path> files = Files.walk(month)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = before.resolve(month.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Integer column = BY_DAY.get(month.relativize(file).toString());
				if (column == null) {
					Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
					continue;
				}
				List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
				List<String> kept = new ArrayList<>(List.of(lines.get(0)));
				List<String> night = new ArrayList<>(List.of(lines.get(0)));
				for (String line : lines.subList(1, lines.size())) {
					(line.split(",", -1)[column].equals(last) ? night : kept).add(line);
				}
				Files.write(target, kept, StandardCharsets.UTF_8);
				String name = file.getFileName().toString();
				Files.write(drop.resolve(name.replace(".csv", "-" + last + ".csv")), night, StandardCharsets.UTF_8);
			}
		}
		return last;
	}

	private static String lastDay(Path roster) throws IOException {
		try (Stream<String> lines = Files.lines(roster, StandardCharsets.UTF_8)) {
			return lines.skip(1).map(line -> line.split(",", -1)[1]).max(String::compareTo).orElseThrow();
		}
	}

}
