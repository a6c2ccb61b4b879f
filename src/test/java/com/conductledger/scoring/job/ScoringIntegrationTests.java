package com.conductledger.scoring.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.rules.BreakRecord;
import com.conductledger.scoring.rules.Evaluation;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.PeriodFacts;
import com.conductledger.scoring.rules.PeriodScoring;
import com.conductledger.scoring.rules.RosterShift;
import com.conductledger.scoring.rules.SignIn;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scoring job on the sample month against a real database: the ledger it keeps day by day
 * equals the pure engine's over the same facts, a re-run replaces it without duplicates, and every
 * entry leads back to an input row. Runs on H2 here and on the MySQL server in
 * {@code ScoringMySqlIntegrationTests}.
 */
@SpringBootTest
@ActiveProfiles("test")
class ScoringIntegrationTests {

	static final Path SAMPLE = SampleData.november();

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	LedgerStore ledger;

	@Autowired
	FactsRepository facts;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	Period november;

	@BeforeEach
	void ingestTheSampleMonth() {
		LedgerTables.empty(jdbc);
		folderIngest.ingest(SAMPLE);
		november = Period.of("2026-11", schedule.cutoffDay());
	}

	@Test
	void theJobsDayByDayLedgerEqualsTheEngineOverTheWholeMonth() {
		scorer.score(november);

		List<LedgerEntry> expected = new PeriodScoring(schedule).score(monthFacts()).entries();
		assertThat(expected).hasSizeGreaterThan(100);
		assertThat(stored()).containsExactlyElementsOf(expected);
	}

	@Test
	void scoringTwiceGivesTheSameLedgerAndNoDuplicates() {
		scorer.score(november);
		List<LedgerEntry> first = stored();

		scorer.score(november);

		assertThat(stored()).containsExactlyElementsOf(first);
		assertThat(jdbc.queryForObject("select count(*) from ledger_entry where period = '2026-11'", Integer.class))
			.isEqualTo(first.size());
		assertThat(jdbc.queryForObject("select count(distinct run_id) from ledger_entry", Integer.class)).isEqualTo(1);
	}

	@Test
	void everyEntryLeadsBackToAnInputRowAboutItsPersonOrItsShift() throws IOException {
		scorer.score(november);

		List<LedgerEntry> entries = stored();
		for (LedgerEntry entry : entries) {
			Path file = SAMPLE.resolve(entry.source().file());
			assertThat(file).as(entry.toString()).exists();
			if (entry.source().file().endsWith(".csv")) {
				List<String> lines = Files.readAllLines(file);
				assertThat(entry.source().row()).as(entry.toString()).isBetween(2, lines.size());
				String row = lines.get(entry.source().row() - 1);
				boolean coverOfAnAbsence = entry.reasons().stream().anyMatch(reason -> reason.startsWith("PRIVATE_SWAP"));
				assertThat(coverOfAnAbsence ? row.contains(entry.date().toString()) : row.contains(entry.personId()))
					.as("%s names %s", row, entry)
					.isTrue();
			}
		}
		assertThat(entries).extracting(LedgerEntry::ruleId).contains("ATT-ABSENT", "ATT-LATE", "SW-EXCESS", "BR-OVERTIME")
			.anyMatch(rule -> rule.startsWith("QA-C"));
	}

	private List<LedgerEntry> stored() {
		List<LedgerEntry> entries = new ArrayList<>();
		ledger.forEachEntry("2026-11", stored -> entries.add(stored.entry()));
		return entries;
	}

	/** Every fact of the month and the days around it, in memory, from the same database. */
	private PeriodFacts monthFacts() {
		facts.refreshFileNames();
		List<RosterShift> roster = new ArrayList<>();
		List<SignIn> signIns = new ArrayList<>();
		List<BreakRecord> breaks = new ArrayList<>();
		List<Evaluation> evaluations = new ArrayList<>();
		LocalDate from = november.firstDate().minusDays(1);
		LocalDate to = november.lastDate().plusDays(1);
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			roster.addAll(facts.rosterOn(day));
			signIns.addAll(facts.signInsOn(day));
			breaks.addAll(facts.breaksOn(day));
			evaluations.addAll(facts.evaluationsOn(day));
		}
		return new PeriodFacts(november, facts.people(), facts.holidays(), roster, signIns,
				facts.leavesOverlapping(from, to), facts.approvedSwapsTouching(from, to), breaks, evaluations);
	}

}
