package com.conductledger.whatif;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.reporting.MonthScorecards;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.ScheduleException;
import com.conductledger.scorecard.Scorecard;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.Proposals;
import com.conductledger.support.SampleData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What-if on the sample month (schedules.md): the facts scored in memory under a proposal beside the
 * version in force; the files as laid out; the ledger untouched; a bad proposal refused by its key.
 */
@SpringBootTest
@ActiveProfiles("test")
class WhatIfIntegrationTests {

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	WhatIf whatIf;

	@Autowired
	MonthScorecards scorecards;

	@Autowired
	LedgerStore ledger;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path out;

	Period november;

	@BeforeEach
	void theSampleMonthScored() {
		LedgerTables.empty(jdbc);
		folderIngest.ingest(SampleData.november());
		november = Period.of("2026-11", schedule.cutoffDay());
		scorer.score(november);
	}

	@Test
	void raisingExcessSwapsToTenMovesExactlyTheirRequestersByFivePointsEach() {
		Map<String, Integer> excessSwaps = new HashMap<>();
		ledger.forEachEntry("2026-11", stored -> {
			if (stored.entry().ruleId().equals("SW-EXCESS")) {
				excessSwaps.merge(stored.entry().personId(), 1, Integer::sum);
			}
		});
		assertThat(excessSwaps).isNotEmpty();
		Map<String, Scorecard> now = new HashMap<>();
		scorecards.of(november).forEach(card -> now.put(card.personId(), card));

		WhatIfResult result = whatIf.run(november, Proposals.swapExcessAtTen(null, null), "proposal.yml");

		List<WhatIfRow> moved = result.rows().stream().filter(row -> row.deltaPoints() != 0).toList();
		assertThat(moved).extracting(WhatIfRow::personId).containsExactlyInAnyOrderElementsOf(excessSwaps.keySet());
		for (WhatIfRow row : moved) {
			int excess = excessSwaps.get(row.personId());
			Scorecard card = now.get(row.personId());
			assertThat(row.pointsNow()).isEqualTo(card.month().deductionPoints());
			assertThat(row.deltaPoints()).isEqualTo(5 * excess);
			assertThat(row.netNow()).isEqualByComparingTo(card.netAmount());
			assertThat(row.tierNow()).isEqualTo(card.tier());
			if (row.finalNow() != null) {
				assertThat(row.finalThen()).isEqualByComparingTo(row.finalNow().subtract(BigDecimal.valueOf(5L * excess)));
				assertThat(row.tierThen() == Tier.WARNING).isEqualTo(row.finalThen().compareTo(BigDecimal.valueOf(60)) < 0);
			}
			BigDecimal lostReward = row.tierNow() == Tier.REWARD && row.tierThen() != Tier.REWARD ? new BigDecimal("200.00")
					: BigDecimal.ZERO;
			assertThat(row.deltaNet()).isEqualByComparingTo(BigDecimal.valueOf(-50L * excess).subtract(lostReward));
		}
		assertThat(result.rules()).filteredOn(rule -> rule.ruleId().equals("SW-EXCESS")).singleElement()
			.satisfies(rule -> {
				assertThat(rule.entriesThen()).isEqualTo(rule.entriesNow());
				assertThat(rule.pointsThen()).isEqualTo(2 * rule.pointsNow());
			});
		assertThat(result.rules()).filteredOn(rule -> !rule.ruleId().equals("SW-EXCESS"))
			.allSatisfy(rule -> assertThat(rule.pointsThen()).isEqualTo(rule.pointsNow()));
		assertThat(result.moneyMoved()).isGreaterThanOrEqualTo(BigDecimal.valueOf(50L * excessSwaps.size()));
	}

	@Test
	void theShippedScheduleMovesNobodyAndItsFiguresAreTheLedgersOwn() {
		WhatIfResult result = whatIf.run(november, readShipped(), "same.yml");

		assertThat(result.rows()).isEmpty();
		assertThat(result.people()).isEqualTo(scorecards.of(november).size());
		assertThat(result.rules()).allSatisfy(rule -> assertThat(rule.pointsThen()).isEqualTo(rule.pointsNow()));
		Integer ledgerPoints = jdbc.queryForObject("select sum(points) from ledger_entry where period = '2026-11'",
				Integer.class);
		assertThat(result.rules().stream().mapToInt(RuleTotals::pointsNow).sum()).isEqualTo(ledgerPoints);
	}

	@Test
	void theFilesAreLaidOutAsTheSpecSaysAndTheLedgerIsUntouched() throws IOException {
		Integer entries = jdbc.queryForObject("select count(*) from ledger_entry", Integer.class);
		Integer runs = jdbc.queryForObject("select count(*) from scoring_run", Integer.class);

		WhatIfResult result = whatIf.run(november, Proposals.swapExcessAtTen(null, null), "proposal.yml");
		WhatIfFiles.write(result, out);

		List<String> people = Files.readAllLines(out.resolve("2026-11/whatif-2026-11.csv"));
		assertThat(people.get(0)).isEqualTo("person_id,name,team,points_now,points_then,final_now,final_then,rank_now,"
				+ "rank_then,tier_now,tier_then,net_now,net_then,delta_net");
		assertThat(people).hasSize(result.peopleAffected() + 1);
		List<String> rules = Files.readAllLines(out.resolve("2026-11/whatif-rules-2026-11.csv"));
		assertThat(rules.get(0)).isEqualTo("rule_id,entries_now,points_now,entries_then,points_then");
		assertThat(rules).anyMatch(line -> line.startsWith("SW-EXCESS,"));
		List<BigDecimal> deltas = people.subList(1, people.size()).stream()
			.map(line -> new BigDecimal(line.substring(line.lastIndexOf(',') + 1)).abs())
			.toList();
		assertThat(deltas).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(jdbc.queryForObject("select count(*) from ledger_entry", Integer.class)).isEqualTo(entries);
		assertThat(jdbc.queryForObject("select count(*) from scoring_run", Integer.class)).isEqualTo(runs);
		assertThat(jdbc.queryForObject("select count(*) from schedule_version", Integer.class)).isZero();
	}

	@Test
	void aProposalWithABadKeyIsRefusedNamingIt() {
		byte[] misspelt = Proposals.shippedWith(Proposals.SW_EXCESS, Proposals.SW_EXCESS.replace("SW-EXCESS", "SW-EXCES"),
				null, null);
		byte[] notANumber = Proposals.shippedWith("swap-limit: 2 ", "swap-limit: two ", null, null);

		assertThatThrownBy(() -> whatIf.run(november, misspelt, "proposal.yml")).isInstanceOf(ScheduleException.class)
			.hasMessageStartingWith("proposal.yml: rules.SW-EXCES is not a rule of the engine");
		assertThatThrownBy(() -> whatIf.run(november, notANumber, "proposal.yml")).isInstanceOf(ScheduleException.class)
			.hasMessageContaining("thresholds.swap-limit must be a number");
	}

	private static byte[] readShipped() {
		try {
			return Files.readAllBytes(Proposals.SHIPPED);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
