package com.conductledger.payroll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code payroll-YYYY-MM.manifest.json} (formats.md): the control totals payroll checks the file
 * against, its sha256, and whether the period is closed.
 */
public record PayrollManifest(String period, int rows, int totalDeductionPoints, BigDecimal totalDeductionAmount,
		BigDecimal totalRewardAmount, String sha256, boolean finalized) {

	/** The manifest as JSON, keys in the order of formats.md, amounts as numbers with two decimals. */
	public String toJson() {
		return "{\n" + "  \"period\": \"" + period + "\",\n" + "  \"rows\": " + rows + ",\n"
				+ "  \"total_deduction_points\": " + totalDeductionPoints + ",\n" + "  \"total_deduction_amount\": "
				+ totalDeductionAmount.toPlainString() + ",\n" + "  \"total_reward_amount\": "
				+ totalRewardAmount.toPlainString() + ",\n" + "  \"sha256\": \"" + sha256 + "\",\n" + "  \"final\": "
				+ finalized + "\n" + "}\n";
	}

	void writeTo(Path file) {
		try {
			Files.writeString(file, toJson(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot write " + file + ": " + ex.getMessage(), ex);
		}
	}

}
