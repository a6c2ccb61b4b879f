package com.conductledger.payroll;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import com.conductledger.export.CsvWriter;
import com.conductledger.reporting.MonthReport;
import com.conductledger.schedule.VersionName;
import com.conductledger.scorecard.Scorecard;

/**
 * What a period's payroll file holds, computed from its scorecards before anything is written:
 * the rows, the control totals, the file's exact bytes and their sha256. A DRAFT preview and the
 * close's confirmation show it; {@link PayrollFile} writes it.
 */
public record PayrollContent(String period, List<PayrollLine> lines, int totalDeductionPoints,
		BigDecimal totalDeductionAmount, BigDecimal totalRewardAmount, byte[] csv, String sha256) {

	private static final String[] HEADER = { "period", "agent_id", "agent_name", "deduction_points",
			"deduction_amount", "reward_amount", "net_amount", "entries" };

	public static PayrollContent of(MonthReport report) {
		return of(report.period().name(), report.scorecards());
	}

	public static PayrollContent of(String period, List<Scorecard> scorecards) {
		List<PayrollLine> lines = scorecards
			.stream()
			.filter(card -> card.month().deductionPoints() != 0 || card.rewardAmount().signum() != 0)
			.sorted(Comparator.comparing(Scorecard::personId))
			.map(card -> new PayrollLine(card.personId(), card.month().person().name(), card.month().deductionPoints(),
					money(card.deductionAmount()), money(card.rewardAmount()), money(card.netAmount()),
					card.month().entries()))
			.toList();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (CsvWriter csv = new CsvWriter(bytes)) {
			csv.row(HEADER);
			for (PayrollLine line : lines) {
				csv.text(period)
					.text(line.agentId())
					.text(line.agentName())
					.number(line.deductionPoints())
					.number(line.deductionAmount())
					.number(line.rewardAmount())
					.number(line.netAmount())
					.number(line.entries())
					.endRow();
			}
		}
		BigDecimal zero = BigDecimal.ZERO.setScale(2);
		return new PayrollContent(period, lines, lines.stream().mapToInt(PayrollLine::deductionPoints).sum(),
				lines.stream().map(PayrollLine::deductionAmount).reduce(zero, BigDecimal::add),
				lines.stream().map(PayrollLine::rewardAmount).reduce(zero, BigDecimal::add), bytes.toByteArray(),
				sha256(bytes.toByteArray()));
	}

	public int rows() {
		return lines.size();
	}

	/** Rewards minus deductions: what the period moves in all. */
	public BigDecimal totalNetAmount() {
		return totalRewardAmount.subtract(totalDeductionAmount);
	}

	public PayrollManifest manifest(boolean finalized) {
		return manifest(finalized, "OK", List.of());
	}

	/** The manifest, with the state of the people file the payroll was computed with and its warnings. */
	public PayrollManifest manifest(boolean finalized, String peopleFile, List<String> warnings) {
		return new PayrollManifest(period, rows(), totalDeductionPoints, totalDeductionAmount, totalRewardAmount, sha256,
				finalized, peopleFile, warnings);
	}

	/** The manifest, naming also the schedule version the period was scored with. */
	public PayrollManifest manifest(boolean finalized, String peopleFile, List<String> warnings, VersionName schedule) {
		return new PayrollManifest(period, rows(), totalDeductionPoints, totalDeductionAmount, totalRewardAmount, sha256,
				finalized, peopleFile, warnings, schedule);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
