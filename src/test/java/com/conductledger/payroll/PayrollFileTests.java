package com.conductledger.payroll;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.reporting.MonthReport;
import com.conductledger.reporting.ReportFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class PayrollFileTests {

	@TempDir
	Path folder;

	private final MonthReport november = ReportFixtures.november();

	@Test
	void oneRowPerPersonWithPointsOrARewardSortedByAgentIdWithTwoDecimalAmounts() throws IOException {
		PayrollFile.write(november, csv(), manifest());

		assertThat(Files.readAllLines(csv())).containsExactly(
				"period,agent_id,agent_name,deduction_points,deduction_amount,reward_amount,net_amount,entries",
				"2026-11,A0001,王芳,1,10.00,200.00,190.00,1", "2026-11,A0002,李娜,15,150.00,0.00,-150.00,2",
				"2026-11,A0003,\"'=HYPERLINK(\"\"x\"\")\",1,10.00,0.00,-10.00,1", "2026-11,L01,陈艳,1,10.00,0.00,-10.00,1");
	}

	@Test
	void theFileIsUtf8WithoutABom() throws IOException {
		PayrollFile.write(november, csv(), manifest());

		byte[] bytes = Files.readAllBytes(csv());
		assertThat(bytes[0]).isEqualTo((byte) 'p');
		assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("王芳");
	}

	@Test
	void theManifestsTotalsAndShaMatchTheFile() throws Exception {
		PayrollManifest manifest = PayrollFile.write(november, csv(), manifest());

		String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(csv())));
		assertThat(Files.readString(manifest())).isEqualTo("""
				{
				  "period": "2026-11",
				  "rows": 4,
				  "total_deduction_points": 18,
				  "total_deduction_amount": 180.00,
				  "total_reward_amount": 200.00,
				  "sha256": "%s",
				  "final": false,
				  "people_file": "OK",
				  "warnings": [],
				  "schedule": {
				    "version": 1,
				    "title": "configured schedule",
				    "effective_from": "",
				    "sha256": ""
				  }
				}
				""".formatted(sha));
		assertThat(manifest.totalDeductionPoints()).isEqualTo(november.scorecards().stream()
			.mapToInt(card -> card.month().deductionPoints()).sum());
		List<String> rows = Files.readAllLines(csv()).subList(1, 5);
		assertThat(rows.stream().mapToInt(row -> Integer.parseInt(row.split(",")[row.split(",").length - 5])).sum())
			.isEqualTo(18);
	}

	@Test
	void writingTheSameMonthAgainGivesTheSameBytes() throws IOException {
		PayrollFile.write(november, csv(), manifest());
		byte[] first = Files.readAllBytes(csv());
		byte[] firstManifest = Files.readAllBytes(manifest());

		PayrollFile.write(ReportFixtures.november(), csv(), manifest());

		assertThat(Files.readAllBytes(csv())).isEqualTo(first);
		assertThat(Files.readAllBytes(manifest())).isEqualTo(firstManifest);
	}

	@Test
	void aClosedPeriodsManifestSaysFinal() throws IOException {
		MonthReport closed = new MonthReport(november.period(), november.schedule(), november.scorecards(),
				november.ledger(), true);

		assertThat(PayrollFile.write(closed, csv(), manifest()).finalized()).isTrue();
		assertThat(Files.readString(manifest())).contains("\"final\": true");
	}

	@Test
	void aPayrollWithoutAGoodPeopleFileSaysSoAtTheEndOfTheManifest() throws IOException {
		PayrollManifest manifest = PayrollFile.write(november, csv(), manifest(), "MISSING",
				List.of("no people file (agents.csv) has been taken", "3 row(s) wait for \"A099\"\n"));

		assertThat(manifest.clean()).isFalse();
		assertThat(Files.readString(manifest())).endsWith("""
				  "final": false,
				  "people_file": "MISSING",
				  "warnings": [
				    "no people file (agents.csv) has been taken",
				    "3 row(s) wait for \\"A099\\"\\n"
				  ],
				  "schedule": {
				    "version": 1,
				    "title": "configured schedule",
				    "effective_from": "",
				    "sha256": ""
				  }
				}
				""");
		assertThat(PayrollManifest.flagsIn(manifest())).isEqualTo(new PayrollManifest.Flags("MISSING",
				List.of("no people file (agents.csv) has been taken", "3 row(s) wait for \"A099\"\n")));
	}

	@Test
	void aManifestWrittenBeforePeopleFilesWereCheckedReadsAsOk() throws IOException {
		Files.writeString(manifest(), "{\"period\": \"2026-10\"}\n");

		assertThat(PayrollManifest.flagsIn(manifest())).isEqualTo(new PayrollManifest.Flags("OK", List.of()));
	}

	private Path csv() {
		return folder.resolve("payroll-2026-11.csv");
	}

	private Path manifest() {
		return folder.resolve("payroll-2026-11.manifest.json");
	}

}
