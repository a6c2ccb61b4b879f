package com.conductledger.payroll;

import com.conductledger.export.AtomicFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.conductledger.schedule.VersionName;

/**
 * {@code payroll-YYYY-MM.manifest.json} (formats.md): the control totals payroll checks the file
 * against, its sha256, and whether the period is closed; then, added at the end, the state of the
 * people file the payroll was computed with ({@code OK}, {@code MISSING}, {@code FAILED}) and the
 * warnings payroll must read before taking the file; last, the schedule version the period was scored
 * with ({@code schedule}: version, title, effective_from, sha256), when known.
 */
public record PayrollManifest(String period, int rows, int totalDeductionPoints, BigDecimal totalDeductionAmount,
		BigDecimal totalRewardAmount, String sha256, boolean finalized, String peopleFile, List<String> warnings,
		VersionName schedule) {

	public PayrollManifest {
		warnings = warnings == null ? List.of() : List.copyOf(warnings);
	}

	public PayrollManifest(String period, int rows, int totalDeductionPoints, BigDecimal totalDeductionAmount,
			BigDecimal totalRewardAmount, String sha256, boolean finalized) {
		this(period, rows, totalDeductionPoints, totalDeductionAmount, totalRewardAmount, sha256, finalized, "OK",
				List.of(), null);
	}

	public PayrollManifest(String period, int rows, int totalDeductionPoints, BigDecimal totalDeductionAmount,
			BigDecimal totalRewardAmount, String sha256, boolean finalized, String peopleFile, List<String> warnings) {
		this(period, rows, totalDeductionPoints, totalDeductionAmount, totalRewardAmount, sha256, finalized, peopleFile,
				warnings, null);
	}

	/** Whether payroll may take the file without a person looking first: a people file was taken, and no warning. */
	public boolean clean() {
		return "OK".equals(peopleFile) && warnings.isEmpty();
	}

	/** The manifest as JSON, keys in the order of formats.md, amounts as numbers with two decimals. */
	public String toJson() {
		return "{\n" + "  \"period\": \"" + period + "\",\n" + "  \"rows\": " + rows + ",\n"
				+ "  \"total_deduction_points\": " + totalDeductionPoints + ",\n" + "  \"total_deduction_amount\": "
				+ totalDeductionAmount.toPlainString() + ",\n" + "  \"total_reward_amount\": "
				+ totalRewardAmount.toPlainString() + ",\n" + "  \"sha256\": \"" + sha256 + "\",\n" + "  \"final\": "
				+ finalized + ",\n" + "  \"people_file\": \"" + peopleFile + "\",\n" + "  \"warnings\": ["
				+ warnings.stream().map(warning -> "\n    " + quoted(warning)).collect(Collectors.joining(","))
				+ (warnings.isEmpty() ? "" : "\n  ") + "]" + scheduleJson() + "\n" + "}\n";
	}

	private String scheduleJson() {
		if (schedule == null) {
			return "";
		}
		return ",\n  \"schedule\": {\n    \"version\": " + schedule.number() + ",\n    \"title\": " + quoted(schedule.title())
				+ ",\n    \"effective_from\": " + quoted(schedule.effectiveFrom()) + ",\n    \"sha256\": "
				+ quoted(schedule.sha256()) + "\n  }";
	}

	/** The people-file state and the warnings of a manifest written before, for the payroll page. */
	public static Flags flagsIn(Path manifestFile) {
		try {
			JsonNode json = JsonMapper.builder().build().readTree(Files.readString(manifestFile, StandardCharsets.UTF_8));
			List<String> warnings = new ArrayList<>();
			json.path("warnings").forEach(warning -> warnings.add(warning.asString()));
			return new Flags(json.path("people_file").asString("OK"), warnings);
		}
		catch (IOException | RuntimeException ex) {
			return new Flags("UNKNOWN", List.of("the manifest " + manifestFile.getFileName() + " cannot be read: "
					+ ex.getMessage()));
		}
	}

	void writeTo(Path file) {
		AtomicFile.write(file, toJson().getBytes(StandardCharsets.UTF_8));
	}

	private static String quoted(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				case '\n' -> json.append("\\n");
				case '\r' -> json.append("\\r");
				case '\t' -> json.append("\\t");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		return json.append('"').toString();
	}

	/** What a manifest says of its people file. */
	public record Flags(String peopleFile, List<String> warnings) {
	}

}
