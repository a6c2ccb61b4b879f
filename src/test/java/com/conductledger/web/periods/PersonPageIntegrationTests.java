package com.conductledger.web.periods;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.scoring.rules.Source;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;
import com.conductledger.support.SampleData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The sample month scored: a manager opens a person's page and sees every entry with its article and source row. */
@WebIntegrationTest
class PersonPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FolderIngest ingest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	PenaltySchedule schedule;

	@BeforeEach
	void scoreTheSampleMonth() {
		LedgerTables.empty(jdbc);
		ingest.ingest(SampleData.november());
		scorer.score(Period.of("2026-11", schedule.cutoffDay()));
	}

	@Test
	void thePersonPageShowsALedgerEntryWithItsRuleArticleAndSourceRow() throws Exception {
		Map<String, Object> entry = jdbc.queryForMap("select rule_id, article, source_file, source_sheet, source_row "
				+ "from ledger_entry where person_id = 'A0001' and rule_id like 'ATT-%' order by entry_date limit 1");
		String source = new Source((String) entry.get("source_file"), (String) entry.get("source_sheet"),
				((Number) entry.get("source_row")).intValue()).toString();

		String page = mvc.perform(get("/periods/2026-11/people/A0001").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("A0001", "最终得分 Final score", (String) entry.get("rule_id"),
				"Art. " + entry.get("article"), source, "/periods/2026-11/people/A0001/pdf");
	}

	@Test
	void thePersonApiGivesTheScorecardAndEveryEntry() throws Exception {
		int entries = jdbc.queryForObject("select count(*) from ledger_entry where person_id = 'A0001'", Integer.class);
		int points = jdbc.queryForObject("select sum(points) from ledger_entry where person_id = 'A0001'", Integer.class);

		mvc.perform(get("/api/periods/2026-11/people/A0001").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.scorecard.personId").value("A0001"))
			.andExpect(jsonPath("$.scorecard.deductionPoints").value(points))
			.andExpect(jsonPath("$.scorecard.pointsByCategory.ATTENDANCE").isNumber())
			.andExpect(jsonPath("$.entries", hasSize(entries)))
			.andExpect(jsonPath("$.entries[0].article").isNotEmpty())
			.andExpect(jsonPath("$.entries[0].source").value(containsString(" row ")))
			.andExpect(jsonPath("$.period.period").value("2026-11"))
			.andExpect(jsonPath("$.period.files").doesNotExist());
	}

	@Test
	void thePeriodPageRanksTheScorecardsAndLinksToEachPerson() throws Exception {
		mvc.perform(get("/periods/2026-11").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/periods/2026-11/people/A0001")));
		mvc.perform(get("/api/periods/2026-11").with(WebFixtures.manager()))
			.andExpect(jsonPath("$.scorecards.rows[0].rank").value(1))
			.andExpect(jsonPath("$.period.state").value("OPEN"));
		mvc.perform(get("/api/periods/2026-11").param("team", "T01").with(WebFixtures.manager()))
			.andExpect(jsonPath("$.scorecards.rows[*].team").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is("T01"))));
	}

	@Test
	void anUnknownPersonOrPeriodIsANotFoundPageWithAMessage() throws Exception {
		mvc.perform(get("/periods/2026-11/people/NOBODY").with(WebFixtures.manager()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("no scorecard for &#39;NOBODY&#39; in period 2026-11")));
		mvc.perform(get("/api/periods/2031-01").with(WebFixtures.manager()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value(containsString("has not been scored yet")));
		mvc.perform(get("/periods/november").with(WebFixtures.manager()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("periods are named YYYY-MM")));
	}

	@Test
	void reportFilesAreServedByTheirKnownNamesOnly() throws Exception {
		Path folder = WebFixtures.emptyOutputFolder("2026-11");
		Files.writeString(folder.resolve("ledger-2026-11.csv"), "period,person_id\n");
		Files.writeString(folder.resolve("scorecards-2026-11-T01.pdf"), "%PDF");
		Files.writeString(folder.resolve("payroll-2026-11.csv"), "period\n");
		Files.writeString(folder.resolve("notes.txt"), "private");

		mvc.perform(get("/periods/2026-11/files/ledger-2026-11.csv").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(content().string("period,person_id\n"));
		mvc.perform(get("/periods/2026-11/files/scorecards-2026-11-T01.pdf").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"));
		mvc.perform(get("/periods/2026-11/files/payroll-2026-11.csv").with(WebFixtures.manager()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/periods/2026-11/files/notes.txt").with(WebFixtures.manager()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/periods/2026-11/files/scorecards-2026-11.xlsx").with(WebFixtures.manager()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("has not been written for period 2026-11 yet")));
		mvc.perform(get("/api/periods").with(WebFixtures.manager()))
			.andExpect(jsonPath("$[0].files[*].name").value(org.hamcrest.Matchers.containsInAnyOrder(
					"ledger-2026-11.csv", "rejected-rows.csv", "scorecards-2026-11-T01.pdf")));
	}

}
