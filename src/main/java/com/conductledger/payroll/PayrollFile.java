package com.conductledger.payroll;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import com.conductledger.export.CsvWriter;
import com.conductledger.reporting.MonthReport;
import com.conductledger.scorecard.Scorecard;

/**
 * Writes {@code payroll-YYYY-MM.csv} and its manifest exactly as formats.md says: UTF-8 without
 * BOM; one row per person with non-zero points or a reward, by agent_id; amounts with two
 * decimals; net = reward - deduction; text cells that a spreadsheet would run as a formula get a
 * leading apostrophe, amounts never. Nothing in either file depends on the clock, so the same
 * ledger gives the same bytes.
 */
public final class PayrollFile {

	private static final List<String> HEADER = List.of("period", "agent_id", "agent_name", "deduction_points",
			"deduction_amount", "reward_amount", "net_amount", "entries");

	private PayrollFile() {
	}

	/** Writes the CSV and the manifest beside it; returns the manifest's figures. */
	public static PayrollManifest write(MonthReport report, Path csvFile, Path manifestFile) {
		List<Scorecard> rows = report.scorecards()
			.stream()
			.filter(card -> card.month().deductionPoints() != 0 || card.rewardAmount().signum() != 0)
			.sorted(Comparator.comparing(Scorecard::personId))
			.toList();
		String period = report.period().name();
		int points = 0;
		BigDecimal deductions = BigDecimal.ZERO.setScale(2);
		BigDecimal rewards = BigDecimal.ZERO.setScale(2);
		try (CsvWriter csv = new CsvWriter(csvFile)) {
			csv.row(HEADER.toArray(String[]::new));
			for (Scorecard card : rows) {
				csv.text(period)
					.text(card.personId())
					.text(card.month().person().name())
					.number(card.month().deductionPoints())
					.number(money(card.deductionAmount()))
					.number(money(card.rewardAmount()))
					.number(money(card.netAmount()))
					.number(card.month().entries())
					.endRow();
				points += card.month().deductionPoints();
				deductions = deductions.add(money(card.deductionAmount()));
				rewards = rewards.add(money(card.rewardAmount()));
			}
		}
		PayrollManifest manifest = new PayrollManifest(period, rows.size(), points, deductions, rewards, sha256(csvFile),
				report.finalized());
		manifest.writeTo(manifestFile);
		return manifest;
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	static String sha256(Path file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
