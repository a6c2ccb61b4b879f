package com.conductledger.scoring.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A centre changes numbers in its schedule file (absence 10 -> 12 points, swap limit 2 -> 3) and
 * the ledger follows, with no code change.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScheduleChangeIntegrationTests {

	/** The shipped schedule with two numbers changed, as a centre would edit it. */
	@DynamicPropertySource
	static void changedSchedule(DynamicPropertyRegistry registry) throws IOException {
		String shipped = Files.readString(Path.of("jobs/penalty-schedule.yml"));
		String changed = shipped
			.replace("ATT-ABSENT:           { article: \"26, 29, 30, 31, 34, 36, 37\", points: 10 }",
					"ATT-ABSENT:           { article: \"26, 29, 30, 31, 34, 36, 37\", points: 12 }")
			.replace("  swap-limit: 2 ", "  swap-limit: 3 ");
		assertThat(changed).isNotEqualTo(shipped);
		Path file = Files.createTempFile("penalty-schedule-", ".yml");
		Files.writeString(file, changed);
		registry.add("ledger.schedule", () -> "file:" + file.toAbsolutePath());
	}

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	LedgerStore ledger;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLedgerFollowsTheNumbersOfTheScheduleFile() {
		LedgerTables.empty(jdbc);
		folderIngest.ingest(ScoringIntegrationTests.SAMPLE);

		scorer.score(Period.of("2026-11", schedule.cutoffDay()));

		List<LedgerEntry> entries = new ArrayList<>();
		ledger.forEachEntry("2026-11", stored -> entries.add(stored.entry()));
		assertThat(entries).filteredOn(entry -> entry.ruleId().equals("ATT-ABSENT"))
			.isNotEmpty()
			.allSatisfy(entry -> assertThat(entry.points()).isEqualTo(12));
		assertThat(entries).extracting(LedgerEntry::ruleId).doesNotContain("SW-EXCESS");
	}

}
