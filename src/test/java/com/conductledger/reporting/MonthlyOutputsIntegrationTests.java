package com.conductledger.reporting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.payroll.PayrollManifest;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;

import static org.assertj.core.api.Assertions.assertThat;

/** The sample month's outputs from the database: payroll totals equal the ledger, and a re-run gives the same bytes. */
@SpringBootTest
@ActiveProfiles("test")
class MonthlyOutputsIntegrationTests {

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	MonthlyOutputs outputs;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path out;

	Period november;

	@BeforeEach
	void scoreTheSampleMonth() {
		LedgerTables.empty(jdbc);
		folderIngest.ingest(SampleData.november());
		november = Period.of("2026-11", schedule.cutoffDay());
		scorer.score(november);
	}

	@Test
	void thePayrollControlTotalsEqualTheLedger() throws IOException {
		PayrollManifest manifest = outputs.write(november, out, false).manifest();

		Integer ledgerPoints = jdbc.queryForObject("select sum(points) from ledger_entry where period = '2026-11'",
				Integer.class);
		assertThat(manifest.totalDeductionPoints()).isEqualTo(ledgerPoints);
		assertThat(manifest.totalDeductionAmount()).isEqualByComparingTo(
				schedule.amountPerPoint().multiply(java.math.BigDecimal.valueOf(ledgerPoints)));
		List<String> rows = Files.readAllLines(out.resolve("payroll-2026-11.csv"));
		assertThat(rows).hasSize(manifest.rows() + 1);
		assertThat(rows.subList(1, rows.size()).stream().mapToInt(row -> Integer.parseInt(row.split(",")[3])).sum())
			.isEqualTo(ledgerPoints);
		assertThat(rows.subList(1, rows.size())).isSortedAccordingTo(
				java.util.Comparator.comparing(row -> row.split(",")[1]));
	}

	@Test
	void rescoringAndRewritingGivesByteIdenticalPayrollFiles() throws IOException {
		outputs.write(november, out, false);
		byte[] payroll = Files.readAllBytes(out.resolve("payroll-2026-11.csv"));
		byte[] manifest = Files.readAllBytes(out.resolve("payroll-2026-11.manifest.json"));

		scorer.score(november);
		outputs.write(november, out, false);

		assertThat(Files.readAllBytes(out.resolve("payroll-2026-11.csv"))).isEqualTo(payroll);
		assertThat(Files.readAllBytes(out.resolve("payroll-2026-11.manifest.json"))).isEqualTo(manifest);
	}

}
