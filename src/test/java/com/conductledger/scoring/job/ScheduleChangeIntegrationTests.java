package com.conductledger.scoring.job;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

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
@SpringBootTest(properties = "ledger.schedule=classpath:schedules/stricter-absence-looser-swaps.yml")
@ActiveProfiles("test")
class ScheduleChangeIntegrationTests {

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
