package com.conductledger.web.whatif;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.Proposals;
import com.conductledger.support.SampleData;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The what-if page and API for managers, and the schedule versions of the administration, on the sample month. */
@WebIntegrationTest
class WhatIfPageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	FolderIngest ingest;

	@Autowired
	PeriodScorer scorer;

	@Autowired
	PenaltySchedule schedule;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void theSampleMonthScored() {
		LedgerTables.empty(jdbc);
		ingest.ingest(SampleData.november());
		scorer.score(Period.of("2026-11", schedule.cutoffDay()));
	}

	@Test
	void aManagerUploadsAProposalAndSeesWhomItMoves() throws Exception {
		mvc.perform(multipart("/whatif").file(proposal(Proposals.swapExcessAtTen(null, null))).param("period", "2026-11")
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"whatif-people\"")))
			.andExpect(content().string(containsString("-50.00")))
			.andExpect(content().string(containsString("SW-EXCESS")));
		mvc.perform(get("/whatif").with(WebFixtures.manager())).andExpect(status().isOk())
			.andExpect(content().string(containsString("whatif-form")));
	}

	@Test
	void theApiAnswersTheTotalsAndEveryRow() throws Exception {
		mvc.perform(multipart("/api/whatif").file(proposal(Proposals.swapExcessAtTen(null, null))).param("period", "2026-11")
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.period").value("2026-11"))
			.andExpect(jsonPath("$.inForce.number").value(1))
			.andExpect(jsonPath("$.pointsChanged", greaterThan(0)))
			.andExpect(jsonPath("$.rows[0].pointsThen", greaterThan(0)));
	}

	@Test
	void aProposalWithABadKeyIsRefusedNamingIt() throws Exception {
		byte[] misspelt = Proposals.shippedWith(Proposals.SW_EXCESS, Proposals.SW_EXCESS.replace("SW-EXCESS", "SW-EXCES"),
				null, null);
		mvc.perform(multipart("/whatif").file(proposal(misspelt)).param("period", "2026-11").with(WebFixtures.manager())
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("rules.SW-EXCES is not a rule of the engine")));
		mvc.perform(multipart("/api/whatif").file(proposal(misspelt)).param("period", "2026-11")
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error", containsString("rules.SW-EXCES")));
	}

	@Test
	void anAdministratorAddsAVersionAndOneForAFinalPeriodIsRefused() throws Exception {
		mvc.perform(multipart("/api/admin/schedules").file(proposal(Proposals.swapExcessAtTen("Excess swaps at 10", "2026-12")))
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.version").value(2))
			.andExpect(jsonPath("$.addedBy").value("admin.user"));
		jdbc.update("update scoring_period set status = 'FINAL' where period = '2026-11'");
		mvc.perform(multipart("/api/admin/schedules").file(proposal(Proposals.swapExcessAtTen("Too late", "2026-11")))
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error", containsString("2026-11 is FINAL")));
		mvc.perform(multipart("/admin/schedules").file(proposal(Proposals.swapExcessAtTen("Too late", "2026-11")))
			.with(WebFixtures.admin()).with(csrf()))
			.andExpect(flash().attribute("error", startsWith("未添加 refused: effective-from 2026-11 is refused")));
		mvc.perform(get("/admin/schedules").with(WebFixtures.admin()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Excess swaps at 10")));
	}

	private static MockMultipartFile proposal(byte[] yaml) {
		return new MockMultipartFile("file", "proposal.yml", "application/yaml", yaml);
	}

}
