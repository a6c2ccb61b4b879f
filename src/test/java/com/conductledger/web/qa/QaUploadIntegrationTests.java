package com.conductledger.web.qa;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.ingest.InputKind;
import com.conductledger.support.EvaluationWorkbook;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** QA staff upload real evaluation workbooks and see every rejected row with its reason, on the page and in JSON. */
@WebIntegrationTest
class QaUploadIntegrationTests {

	private static final String MONTH_13 = "(?s)<td class=\"num\">3</td>\\s*<td class=\"mono\">call_date</td>\\s*"
			+ "<td class=\"mono\">2026-13-01</td>\\s*<td>must be a date YYYY-MM-DD</td>";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FolderIngest ingest;

	@TempDir
	Path temp;

	@BeforeEach
	void theAgentsAreKnown() {
		LedgerTables.empty(jdbc);
		ingest.ingestFile(Path.of("src/test/resources/ingest/month/agents.csv"), "agents.csv", InputKind.AGENTS);
	}

	@Test
	void theResultPageShowsTheRejectedRowWithItsColumnValueAndReason() throws Exception {
		String page = mvc.perform(multipart("/qa/uploads").file(WebFixtures.workbookWithABadDate(temp, "qa-week-45.xlsx"))
			.with(WebFixtures.qa()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("evaluations/qa-week-45.xlsx", "已导入 Taken")
			.containsPattern("<dd class=\"taken\">1</dd>")
			.containsPattern("<dd class=\"rejected\">1</dd>")
			.containsPattern(MONTH_13);
	}

	@Test
	void theJsonApiGivesTheSameRejectedRow() throws Exception {
		mvc.perform(multipart("/api/qa/uploads").file(WebFixtures.workbookWithABadDate(temp, "qa-week-45.xlsx"))
			.with(WebFixtures.qa()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files", hasSize(1)))
			.andExpect(jsonPath("$.files[0].name").value("evaluations/qa-week-45.xlsx"))
			.andExpect(jsonPath("$.files[0].kind").value("EVALUATIONS"))
			.andExpect(jsonPath("$.files[0].result").value("TAKEN"))
			.andExpect(jsonPath("$.files[0].taken").value(1))
			.andExpect(jsonPath("$.files[0].rejected").value(1))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].row").value(3))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].column").value("call_date"))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].value").value("2026-13-01"))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].reason").value("must be a date YYYY-MM-DD"));
	}

	@Test
	void severalWorkbooksAtOnceEachGetTheirReportAndAFileThatIsNotAWorkbookIsNotTaken() throws Exception {
		Path good = EvaluationWorkbook.withTextDates()
			.row("G-1", java.time.LocalDate.of(2026, 11, 5), "A003", "CALL-7", "S01", 9, 18, 28, 18, 9, 9, "", "")
			.writeTo(temp.resolve("good.xlsx"));

		mvc.perform(multipart("/api/qa/uploads").file(WebFixtures.workbookWithABadDate(temp, "bad.xlsx"))
			.file(new MockMultipartFile("files", "good.xlsx", WebFixtures.XLSX, Files.readAllBytes(good)))
			.file(WebFixtures.csv("notes.csv", "a,b\n"))
			.with(WebFixtures.qa()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[*].name").value(org.hamcrest.Matchers.containsInAnyOrder(
					"evaluations/bad.xlsx", "evaluations/good.xlsx", "notes.csv")))
			.andExpect(jsonPath("$.files[?(@.name == 'evaluations/good.xlsx')].rejected").value(0))
			.andExpect(jsonPath("$.files[?(@.name == 'notes.csv')].result").value("NOT_TAKEN"))
			.andExpect(jsonPath("$.files[?(@.name == 'notes.csv')].failure").value(org.hamcrest.Matchers.hasItem(containsString("not a QA workbook"))));
	}

	@Test
	void theSameWorkbookAgainChangesNothingAndStillShowsItsRejectedRow() throws Exception {
		MockMultipartFile workbook = WebFixtures.workbookWithABadDate(temp, "qa-week-45.xlsx");
		mvc.perform(multipart("/api/qa/uploads").file(workbook).with(WebFixtures.qa()).with(csrf()));

		mvc.perform(multipart("/api/qa/uploads").file(workbook).with(WebFixtures.qa()).with(csrf()))
			.andExpect(jsonPath("$.files[0].result").value("UNCHANGED"))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].reason").value("must be a date YYYY-MM-DD"));
	}

	@Test
	void aPastUploadIsListedAndOpensWithItsRejectedRows() throws Exception {
		mvc.perform(multipart("/qa/uploads").file(WebFixtures.workbookWithABadDate(temp, "qa-week-45.xlsx"))
			.with(WebFixtures.qa()).with(csrf()));
		long id = jdbc.queryForObject("select id from source_file where file_name = 'evaluations/qa-week-45.xlsx'", Long.class);

		mvc.perform(get("/qa").with(WebFixtures.qa()))
			.andExpect(content().string(containsString("/qa/uploads/" + id)));
		String page = mvc.perform(get("/qa/uploads/{id}", id).with(WebFixtures.qa()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern(MONTH_13);
		mvc.perform(get("/api/qa/uploads").with(WebFixtures.qa()))
			.andExpect(jsonPath("$[0].name").value("evaluations/qa-week-45.xlsx"))
			.andExpect(jsonPath("$[0].rejected").value(1));
	}

	@Test
	void aDataFeedIsNotOpenedFromTheQaPages() throws Exception {
		long agents = jdbc.queryForObject("select id from source_file where kind = 'AGENTS'", Long.class);

		mvc.perform(get("/api/qa/uploads/{id}", agents).with(WebFixtures.qa()))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.error").value(containsString("no upload")));
	}

	@Test
	void foldersInTheUploadedNameAreDroppedAndOddCharactersReplaced() throws Exception {
		MockMultipartFile workbook = WebFixtures.workbookWithABadDate(temp, "x.xlsx");
		MockMultipartFile renamed = new MockMultipartFile("files", "../../etc/qa week$45.xlsx", WebFixtures.XLSX,
				workbook.getBytes());

		mvc.perform(multipart("/api/qa/uploads").file(renamed).with(WebFixtures.qa()).with(csrf()))
			.andExpect(jsonPath("$.files[0].name").value("evaluations/qa week_45.xlsx"));
	}

	@Test
	void anUploadWithoutFilesIsRefusedWithAMessage() throws Exception {
		mvc.perform(multipart("/api/qa/uploads").with(WebFixtures.qa()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("choose at least one file")));
		mvc.perform(multipart("/qa/uploads").with(WebFixtures.qa()).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("choose at least one file")));
	}

	@Test
	void theConfiguredTemplateIsDownloadedAndOtherwiseTheOneShippedInTheJar() throws Exception {
		Path template = Path.of(WebIntegrationTest.QA_TEMPLATE);
		Files.deleteIfExists(template);
		mvc.perform(get("/qa/template").with(WebFixtures.qa()))
			.andExpect(status().isOk())
			.andExpect(content().bytes(Files.readAllBytes(Path.of("report-templates/qa-evaluation-template.xlsx"))));

		EvaluationWorkbook.withTextDates().writeTo(template);
		mvc.perform(get("/qa/template").with(WebFixtures.qa()))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", WebFixtures.XLSX))
			.andExpect(header().string("Content-Disposition", containsString("qa-evaluation-template.xlsx")))
			.andExpect(content().bytes(Files.readAllBytes(template)));
	}

}
