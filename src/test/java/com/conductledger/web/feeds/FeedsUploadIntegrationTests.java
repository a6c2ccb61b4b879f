package com.conductledger.web.feeds;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.support.LedgerTables;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Managers upload the centre's CSV files; the kind comes from the name, people go first, every bad row is listed. */
@WebIntegrationTest
class FeedsUploadIntegrationTests {

	private static final String AGENTS = "agent_id,name,team,job_type,skill_level,role,team_lead_id\n"
			+ "A001,王芳,T01,VOICE,3,AGENT,\n";

	private static final String ROSTER = "agent_id,date,shift,start,end\n" + "A001,2026-11-02,DAY,09:00,17:00\n"
			+ "A001,2026-11-31,DAY,09:00,17:00\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void emptyDatabase() {
		LedgerTables.empty(jdbc);
	}

	@Test
	void peopleAreTakenFirstAndADatedNameGivesTheKind() throws Exception {
		mvc.perform(multipart("/api/feeds/uploads").file(WebFixtures.csv("roster-2026-11-03.csv", ROSTER))
			.file(WebFixtures.csv("agents.csv", AGENTS))
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[0].name").value("agents.csv"))
			.andExpect(jsonPath("$.files[1].name").value("roster-2026-11-03.csv"))
			.andExpect(jsonPath("$.files[1].kind").value("ROSTER"))
			.andExpect(jsonPath("$.files[1].taken").value(1))
			.andExpect(jsonPath("$.files[1].rejectedRows[0].row").value(3))
			.andExpect(jsonPath("$.files[1].rejectedRows[0].column").value("date"))
			.andExpect(jsonPath("$.files[1].rejectedRows[0].value").value("2026-11-31"));
	}

	@Test
	void theResultPageListsTheRejectedRow() throws Exception {
		mvc.perform(multipart("/feeds/uploads").file(WebFixtures.csv("agents.csv", AGENTS)).with(WebFixtures.manager())
			.with(csrf()));

		String page = mvc.perform(multipart("/feeds/uploads").file(WebFixtures.csv("roster.csv", ROSTER))
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("roster.csv")
			.containsPattern("(?s)<td class=\"num\">3</td>\\s*<td class=\"mono\">date</td>\\s*<td class=\"mono\">2026-11-31</td>");
	}

	@Test
	void aNameThatSaysNothingAndAWorkbookAreNotTakenWithTheReason() throws Exception {
		mvc.perform(multipart("/api/feeds/uploads").file(WebFixtures.csv("payments.csv", "a\n"))
			.file(WebFixtures.csv("qa.xlsx", "x"))
			.file(WebFixtures.csv("qa-old.xls", "x"))
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(jsonPath("$.files[0].result").value("NOT_TAKEN"))
			.andExpect(jsonPath("$.files[0].failure").value(containsString("roster.csv")))
			.andExpect(jsonPath("$.files[1].failure").value(containsString("QA workbooks are uploaded on the QA page")))
			.andExpect(jsonPath("$.files[2].failure").value(containsString("QA workbooks are uploaded on the QA page")));
	}

	@Test
	void aGb18030FileIsTakenAndTheResultSaysWhichEncodingItWasReadIn() throws Exception {
		byte[] gb18030 = getClass().getResourceAsStream("/ingest/encodings/agents-gb18030.csv").readAllBytes();

		String page = mvc.perform(multipart("/feeds/uploads")
			.file(new MockMultipartFile("files", "agents.csv", "text/csv", gb18030))
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).containsPattern("<dd class=\"encoding\">GB18030</dd>").contains("class=\"badge ok\"");
		assertThat(jdbc.queryForObject("select name from person where agent_id = 'A005'", String.class)).isEqualTo("𠀀𠀁");
		mvc.perform(multipart("/api/feeds/uploads").file(WebFixtures.csv("roster.csv", ROSTER))
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(jsonPath("$.files[0].encoding").value("UTF-8"));
	}

	@Test
	void aUtf16FileFailsWithTheReasonAndARedBadge() throws Exception {
		byte[] utf16 = getClass().getResourceAsStream("/ingest/encodings/agents-utf16.csv").readAllBytes();

		String page = mvc.perform(multipart("/feeds/uploads")
			.file(new MockMultipartFile("files", "agents.csv", "text/csv", utf16))
			.with(WebFixtures.manager()).with(csrf()))
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("class=\"badge bad\"").contains("agents.csv is UTF-16 or UTF-32 text");
	}

	@Test
	void anAgentsUploadSaysWhichWaitingRowsItsPeopleLetBeTaken() throws Exception {
		mvc.perform(multipart("/feeds/uploads").file(WebFixtures.csv("roster.csv", ROSTER)).with(WebFixtures.manager())
			.with(csrf()));

		mvc.perform(multipart("/api/feeds/uploads").file(WebFixtures.csv("agents.csv", AGENTS))
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(jsonPath("$.files[0].retried[0].file").value("roster.csv"))
			.andExpect(jsonPath("$.files[0].retried[0].taken").value(1))
			.andExpect(jsonPath("$.files[0].retried[0].stillWaiting").value(0));
		assertThat(jdbc.queryForObject("select rows_taken from source_file where file_name = 'roster.csv'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void theFeedsPageShowsTheInboxFolderAndTheFilesReceived() throws Exception {
		mvc.perform(multipart("/feeds/uploads").file(WebFixtures.csv("agents.csv", AGENTS)).with(WebFixtures.manager())
			.with(csrf()));

		mvc.perform(get("/feeds").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("target/web-tests/inbox")))
			.andExpect(content().string(containsString(">agents.csv</a>")));
		mvc.perform(get("/api/feeds").with(WebFixtures.manager()))
			.andExpect(jsonPath("$.inboxDir").value(containsString("inbox")));
	}

}
