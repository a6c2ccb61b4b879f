package com.conductledger.schedule;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A schedule file offered as a version or for a what-if, validated exactly as the configured one is
 * at start-up, with its sha256 and its own {@code title} and {@code effective-from} keys (if any).
 */
public record ScheduleProposal(PenaltySchedule schedule, String sha256, String content, Optional<String> title,
		Optional<String> effectiveFrom) {

	/** The largest schedule file taken (the shipped one is about 5 KB). */
	public static final int MAX_BYTES = 1_000_000;

	/** Validates the file; throws {@link ScheduleException} naming the bad key. */
	public static ScheduleProposal read(byte[] yaml, String origin, PenaltyScheduleLoader loader) {
		if (yaml.length > MAX_BYTES) {
			throw new ScheduleException(origin + ": larger than " + MAX_BYTES + " bytes; a schedule file is a few KB");
		}
		PenaltySchedule schedule;
		try {
			schedule = loader.load(new ByteArrayInputStream(yaml), origin);
		}
		catch (IllegalArgumentException ex) {
			throw new ScheduleException(origin + ": " + ex.getMessage());
		}
		Map<?, ?> root = new Yaml(new SafeConstructor(new LoaderOptions()))
			.load(new InputStreamReader(new ByteArrayInputStream(yaml), StandardCharsets.UTF_8));
		return new ScheduleProposal(schedule, sha256(yaml), new String(yaml, StandardCharsets.UTF_8),
				text(root.get("title")), text(root.get("effective-from")));
	}

	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Optional<String> text(Object value) {
		return Optional.ofNullable(value).map(String::valueOf).map(String::trim).filter(text -> !text.isEmpty());
	}

}
