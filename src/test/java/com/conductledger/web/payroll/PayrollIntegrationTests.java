package com.conductledger.web.payroll;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.support.LedgerTables;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Payroll gets the payroll file and manifest of a FINAL period, and never a DRAFT or OPEN one's. */
@WebIntegrationTest
class PayrollIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void octoberIsClosedNovemberIsADraftDecemberIsOpen() throws IOException {
		LedgerTables.empty(jdbc);
		jdbc.update("insert into scoring_period (period, status) values ('2026-10', 'FINAL'), ('2026-11', 'DRAFT'), "
				+ "('2026-12', 'OPEN')");
		for (String period : new String[] { "2026-10", "2026-11", "2026-12" }) {
			Path folder = WebFixtures.emptyOutputFolder(period);
			Files.writeString(folder.resolve("payroll-" + period + ".csv"), "period,agent_id\n" + period + ",A0001\n");
			Files.writeString(folder.resolve("payroll-" + period + ".manifest.json"), "{\"period\": \"" + period + "\"}\n");
		}
	}

	@Test
	void aFinalPeriodsPayrollFileAndManifestAreDownloaded() throws Exception {
		mvc.perform(get("/payroll/2026-10/files/payroll-2026-10.csv").with(WebFixtures.payroll()))
			.andExpect(status().isOk())
			.andExpect(content().string("period,agent_id\n2026-10,A0001\n"));
		mvc.perform(get("/api/payroll/2026-10/files/payroll-2026-10.manifest.json").with(WebFixtures.payroll()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/json"));
	}

	@Test
	void aDraftOrOpenPeriodsPayrollIsRefusedWithAMessage() throws Exception {
		mvc.perform(get("/payroll/2026-11/files/payroll-2026-11.csv").with(WebFixtures.payroll()))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("the payroll of 2026-11 is not released: the period is DRAFT")));
		mvc.perform(get("/api/payroll/2026-12/files/payroll-2026-12.manifest.json").with(WebFixtures.payroll()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value(containsString("the period is OPEN")));
	}

	@Test
	void thePayrollPageOffersOnlyTheFinalPeriodsFiles() throws Exception {
		mvc.perform(get("/payroll").with(WebFixtures.payroll()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/payroll/2026-10/files/payroll-2026-10.csv")))
			.andExpect(content().string(not(containsString("/payroll/2026-11/files/"))));
		mvc.perform(get("/api/payroll").with(WebFixtures.payroll()))
			.andExpect(jsonPath("$[?(@.period == '2026-10')].released").value(true))
			.andExpect(jsonPath("$[?(@.period == '2026-11')].files[*]").isEmpty());
	}

	@Test
	void aPayrollWrittenWithoutAGoodPeopleFileSaysSoOnThePayrollPage() throws Exception {
		Files.writeString(Path.of(WebIntegrationTest.OUTPUT_DIR, "2026-10", "payroll-2026-10.manifest.json"), """
				{
				  "period": "2026-10",
				  "final": true,
				  "people_file": "FAILED",
				  "warnings": [
				    "the latest people file, agents.csv (received 2026-10-26 01:30:00), was not taken: agents.csv is UTF-16"
				  ]
				}
				""");

		mvc.perform(get("/payroll").with(WebFixtures.payroll()))
			.andExpect(content().string(containsString("人员文件 People file: FAILED")))
			.andExpect(content().string(containsString("was not taken: agents.csv is UTF-16")));
		mvc.perform(get("/api/payroll").with(WebFixtures.payroll()))
			.andExpect(jsonPath("$[?(@.period == '2026-10')].peopleFile").value("FAILED"))
			.andExpect(jsonPath("$[?(@.period == '2026-11')].warnings[*]").isEmpty());
	}

	@Test
	void onlyPayrollFilesAreServedHere() throws Exception {
		Files.writeString(Path.of(WebIntegrationTest.OUTPUT_DIR, "2026-10", "ledger-2026-10.csv"), "x");

		mvc.perform(get("/payroll/2026-10/files/ledger-2026-10.csv").with(WebFixtures.payroll()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/payroll/2026-10/files/payroll-2026-09.csv").with(WebFixtures.payroll()))
			.andExpect(status().isNotFound());
	}

}
