package com.conductledger.versions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.reporting.MonthlyOutputs;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.ScheduleException;
import com.conductledger.schedule.ScheduleVersion;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.Proposals;
import com.conductledger.support.SampleData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Schedule versions on the sample's three months (schedules.md): a version adopted from a later
 * period scores that period and the ones after it, leaves the earlier ledgers as they were, and is
 * named in the manifest and the Rules sheet; one that would take effect in a FINAL period is refused.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScheduleVersionsIntegrationTests {

	private static final List<String> MONTHS = List.of("2026-09", "2026-10", "2026-11");

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	LedgerStore ledger;

	@Autowired
	ScheduleVersions versions;

	@Autowired
	PeriodRegistry periods;

	@Autowired
	MonthlyOutputs outputs;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path out;

	@BeforeEach
	void theSampleScoredUnderVersionOne() {
		LedgerTables.empty(jdbc);
		folderIngest.ingest(SampleData.FOLDER);
		MONTHS.forEach(month -> scorer.score(period(month)));
	}

	@Test
	void aVersionAdoptedFromALaterPeriodLeavesTheEarlierLedgersUnchanged() {
		Map<String, List<LedgerEntry>> before = Map.of("2026-09", entries("2026-09"), "2026-10", entries("2026-10"),
				"2026-11", entries("2026-11"));
		assertThat(before.get("2026-11")).anyMatch(entry -> entry.ruleId().equals("SW-EXCESS"));

		ScheduleVersion added = versions.add(Proposals.swapExcessAtTen("Art. 36 excess swaps at 10", "2026-11"), "v2.yml",
				Optional.empty(), Optional.empty(), "admin");
		MONTHS.forEach(month -> scorer.score(period(month)));

		assertThat(added.number()).isEqualTo(2);
		assertThat(versions.inForce("2026-10").number()).isEqualTo(1);
		assertThat(versions.inForce("2026-11").number()).isEqualTo(2);
		assertThat(entries("2026-09")).containsExactlyElementsOf(before.get("2026-09"));
		assertThat(entries("2026-10")).containsExactlyElementsOf(before.get("2026-10"));
		List<LedgerEntry> november = entries("2026-11");
		assertThat(november).hasSameSizeAs(before.get("2026-11"));
		assertThat(november).filteredOn(entry -> entry.ruleId().equals("SW-EXCESS"))
			.isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.points()).isEqualTo(10));
	}

	@Test
	void aVersionTakingEffectInOrBeforeAFinalPeriodIsRefused() {
		periods.markFinal("2026-10", LocalDateTime.of(2026, 10, 26, 1, 30));

		for (String from : List.of("2026-10", "2026-09", "2026-01")) {
			assertThatThrownBy(() -> versions.add(Proposals.swapExcessAtTen("too early", from), "v2.yml", Optional.empty(),
					Optional.empty(), "admin"))
				.isInstanceOf(ScheduleException.class)
				.hasMessageContaining("2026-10 is FINAL");
		}
		assertThat(versions.all()).hasSize(1);
		assertThat(versions.add(Proposals.swapExcessAtTen("from November", "2026-11"), "v2.yml", Optional.empty(),
				Optional.empty(), "admin").number()).isEqualTo(2);
	}

	@Test
	void theManifestAndTheRulesSheetNameTheVersion() throws IOException {
		ScheduleVersion added = versions.add(Proposals.swapExcessAtTen(null, null), "v2.yml",
				Optional.of("Art. 36 excess swaps at 10"), Optional.of("2026-11"), "admin");
		scorer.score(period("2026-11"));

		outputs.write(period("2026-11"), out.resolve("2026-11"), false);
		outputs.write(period("2026-10"), out.resolve("2026-10"), false);

		String november = Files.readString(out.resolve("2026-11/payroll-2026-11.manifest.json"), StandardCharsets.UTF_8);
		assertThat(november).contains("\"schedule\": {", "\"version\": 2", "\"title\": \"Art. 36 excess swaps at 10\"",
				"\"effective_from\": \"2026-11\"", "\"sha256\": \"" + added.sha256() + "\"");
		String october = Files.readString(out.resolve("2026-10/payroll-2026-10.manifest.json"), StandardCharsets.UTF_8);
		assertThat(october).contains("\"version\": 1", "\"effective_from\": \"2026-09\"",
				"\"sha256\": \"" + versions.inForce("2026-10").sha256() + "\"");
		List<List<String>> rules = sheetRows(out.resolve("2026-11/scorecards-2026-11.xlsx"), "Rules");
		assertThat(rules).anySatisfy(row -> assertThat(row).containsSubsequence("version", "title"))
			.anySatisfy(row -> assertThat(row).contains(added.sha256()))
			.anySatisfy(row -> assertThat(row).containsSubsequence("SW-EXCESS", "36", "10"));
	}

	@Test
	void aVersionThatDoesNotValidateOrMovesThePeriodsIsRefusedWithTheKeyNamed() {
		assertThatThrownBy(() -> versions.add(Proposals.shippedWith(Proposals.SW_EXCESS,
				"SW-EXCESS:            { article: \"36\", points: ten }", "bad", "2026-12"), "bad.yml", Optional.empty(),
				Optional.empty(), "admin"))
			.isInstanceOf(ScheduleException.class)
			.hasMessageContaining("rules.SW-EXCESS.points");
		assertThatThrownBy(() -> versions.add(Proposals.shippedWith("cutoff-day: 25", "cutoff-day: 20", "moved", "2026-12"),
				"moved.yml", Optional.empty(), Optional.empty(), "admin"))
			.isInstanceOf(ScheduleException.class)
			.hasMessageContaining("cutoff-day must stay 25");
		assertThatThrownBy(() -> versions.add(Proposals.shippedWith("  greeting: 10", "  greeting: 15", "form", "2026-12"),
				"form.yml", Optional.empty(), Optional.empty(), "admin"))
			.isInstanceOf(ScheduleException.class)
			.hasMessageContaining("qa-form must stay version 1's");
		assertThatThrownBy(() -> versions.add(Proposals.swapExcessAtTen("no date", null), "undated.yml", Optional.empty(),
				Optional.empty(), "admin"))
			.isInstanceOf(ScheduleException.class)
			.hasMessageContaining("effective-from is missing");
		assertThat(versions.all()).hasSize(1);
	}

	private static List<List<String>> sheetRows(Path file, String sheet) throws IOException {
		DataFormatter format = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
			for (Row row : workbook.getSheet(sheet)) {
				List<String> cells = new ArrayList<>();
				row.forEach(cell -> cells.add(format.formatCellValue(cell)));
				rows.add(cells);
			}
		}
		catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException ex) {
			throw new IOException(ex);
		}
		return rows;
	}

	private Period period(String month) {
		return Period.of(month, schedule.cutoffDay());
	}

	private List<LedgerEntry> entries(String month) {
		List<LedgerEntry> entries = new ArrayList<>();
		ledger.forEachEntry(month, stored -> entries.add(stored.entry()));
		return entries;
	}

}
