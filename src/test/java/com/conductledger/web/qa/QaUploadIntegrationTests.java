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
import com.conductledger.support.Workbooks;

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
			+ "<td class=\"mono\">2026-13-01</td>\\s*<td>must be a date YYYY-MM-DD or YYYY/M/D</td>";

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
			.andExpect(jsonPath("$.files[0].rejectedRows[0].reason").value("must be a date YYYY-MM-DD or YYYY/M/D"));
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
			.andExpect(jsonPath("$.files[0].rejectedRows[0].reason").value("must be a date YYYY-MM-DD or YYYY/M/D"));
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

	private String resultPage(MockMultipartFile workbook) throws Exception {
		return mvc.perform(multipart("/qa/uploads").file(workbook).with(WebFixtures.qa()).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
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
	void aLegacyXlsWorkbookWrittenByLibreOfficeIsTakenLikeAnXlsx() throws Exception {
		byte[] xls = getClass().getResourceAsStream("/ingest/xls/qa-libreoffice.xls").readAllBytes();

		mvc.perform(multipart("/api/qa/uploads").file(new MockMultipartFile("files", "qa-week-45.xls",
				"application/vnd.ms-excel", xls)).with(WebFixtures.qa()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.files[0].name").value("evaluations/qa-week-45.xls"))
			.andExpect(jsonPath("$.files[0].result").value("TAKEN"))
			.andExpect(jsonPath("$.files[0].taken").value(3))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].row").value(5))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].column").value("evaluator_id"))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].reason").value("is the evaluated agent: a self-evaluation is not taken"));
		assertThat(jdbc.queryForList("select distinct evaluator_id from qa_evaluation order by evaluator_id", String.class))
			.containsExactly("Q01", "Q02");
	}

	@Test
	void theBadgeIsGreenOnlyWhenEveryRowIsTakenAmberWhenSomeAreRejectedAndRedWhenNoneIs() throws Exception {
		EvaluationWorkbook noneTaken = EvaluationWorkbook.withTextDates();
		for (int i = 1; i <= 5; i++) {
			noneTaken.row("N-" + i, "2026-13-0" + i, "A001", "CALL-" + i, "Q01", 9, 18, 28, 18, 9, 9, "", "");
		}
		Path good = EvaluationWorkbook.withTextDates()
			.row("G-1", java.time.LocalDate.of(2026, 11, 5), "A003", "CALL-7", "Q01", 9, 18, 28, 18, 9, 9, "", "")
			.writeTo(temp.resolve("good.xlsx"));

		assertThat(resultPage(new MockMultipartFile("files", "none.xlsx", WebFixtures.XLSX,
				Files.readAllBytes(noneTaken.writeTo(temp.resolve("none.xlsx"))))))
			.contains("class=\"badge bad\"").contains("未导入任何行 No row taken: all 5 rejected");
		assertThat(resultPage(WebFixtures.workbookWithABadDate(temp, "some.xlsx"))).contains("class=\"badge warn\"")
			.contains("部分导入 Some rows rejected: 1 taken, 1 rejected");
		assertThat(resultPage(new MockMultipartFile("files", "good.xlsx", WebFixtures.XLSX, Files.readAllBytes(good))))
			.contains("class=\"badge ok\"").contains(">已导入 Taken<");
	}

	@Test
	void anEvaluationIdUploadedInAnotherWorkbookIsRejectedAndACorrectedUploadReplacesIt() throws Exception {
		mvc.perform(multipart("/api/qa/uploads").file(workbook("qa-inspector-1.xlsx",
				EvaluationWorkbook.withTextDates().row("D-1", "2026-11-04", "A001", "CALL-1", "Q01", null, null, null, null,
						null, null, "C03", "冷淡"))).with(WebFixtures.qa()).with(csrf()));

		mvc.perform(multipart("/api/qa/uploads").file(workbook("qa-inspector-2.xlsx",
				EvaluationWorkbook.withTextDates().row("D-1", "2026-11-05", "A002", "CALL-9", "Q02", 9, 18, 28, 18, 9, 9, "",
						""))).with(WebFixtures.qa()).with(csrf()))
			.andExpect(jsonPath("$.files[0].taken").value(0))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].reason").value(containsString(
					"duplicate id: already taken from evaluations/qa-inspector-1.xlsx, row 2")));
		mvc.perform(multipart("/api/qa/uploads").file(workbook("qa-inspector-1.xlsx",
				EvaluationWorkbook.withTextDates().row("D-1", "2026-11-04", "A001", "CALL-1", "Q01", null, null, null, null,
						null, null, "C01", "改正"))).with(WebFixtures.qa()).with(csrf()))
			.andExpect(jsonPath("$.files[0].taken").value(1))
			.andExpect(jsonPath("$.files[0].rejected").value(0));

		assertThat(jdbc.queryForList("select code from qa_conduct_code where evaluation_id = 'D-1'", String.class))
			.containsExactly("C01");
	}

	@Test
	void aLongCommentAnUncachedFormulaAndAChineseDateAreRowProblemsNotAZipBomb() throws Exception {
		Path written = EvaluationWorkbook.withTextDates()
			.row("T-1", "2026/11/4", "A001", "CALL-1", "Q01", 9, 18, 28, 18, 9, 9, "", "好".repeat(32_767))
			.row("T-2", "2026/11/4", "A002", "CALL-2", "Q01", 9, 18, 28, 18, 9, 9, "", "ok")
			.row("T-3", "2026/11/4", "A003", "CALL-3", "Q01", 9, 18, 28, 18, 9, 9, "", "placeholder")
			.writeTo(temp.resolve("written.xlsx"));
		Path tricky = temp.resolve("tricky.xlsx");
		Workbooks.rewrite(written, tricky, "xl/sharedStrings.xml",
				xml -> new String(xml, java.nio.charset.StandardCharsets.UTF_8)
					.replace(">placeholder<", ">" + "好".repeat(40_000) + "<")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		Path withFormula = temp.resolve("with-formula.xlsx");
		Workbooks.rewrite(tricky, withFormula, "xl/worksheets/sheet1.xml",
				xml -> new String(xml, java.nio.charset.StandardCharsets.UTF_8)
					.replaceFirst("<c r=\"F3\"[^>]*>.*?</c>", "<c r=\"F3\"><f>SUM(1,8)</f></c>")
					.getBytes(java.nio.charset.StandardCharsets.UTF_8));

		mvc.perform(multipart("/api/qa/uploads").file(new MockMultipartFile("files", "qa-week-47.xlsx", WebFixtures.XLSX,
				Files.readAllBytes(withFormula))).with(WebFixtures.qa()).with(csrf()))
			.andExpect(jsonPath("$.files[0].result").value("TAKEN"))
			.andExpect(jsonPath("$.files[0].taken").value(1))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].row").value(3))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].column").value("greeting"))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].value").value("=SUM(1,8)"))
			.andExpect(jsonPath("$.files[0].rejectedRows[0].reason").value(containsString("formula without a cached value")))
			.andExpect(jsonPath("$.files[0].rejectedRows[1].row").value(4))
			.andExpect(jsonPath("$.files[0].rejectedRows[1].reason").value("is too long: 40000 characters, at most 32767"));
	}

	private MockMultipartFile workbook(String name, EvaluationWorkbook workbook) throws IOException {
		return new MockMultipartFile("files", name, WebFixtures.XLSX,
				Files.readAllBytes(workbook.writeTo(temp.resolve(System.nanoTime() + "-" + name))));
	}

	@Test
	void theRejectedRowsOfAnUploadAreInThePeriodsRejectedRowsCsv() throws Exception {
		jdbc.update("insert into scoring_period (period, status) values ('2026-11', 'DRAFT')");
		EvaluationWorkbook workbook = EvaluationWorkbook.withTextDates()
			.row("R-1", "2026-11-04", "A001", "CALL-1", "Q01", 9, 18, 28, 18, 9, 9, "C99", "")
			.row("R-2", "2026-11-04", "X404", "CALL-2", "Q01", 9, 18, 28, 18, 9, 9, "", "");
		mvc.perform(multipart("/qa/uploads").file(new MockMultipartFile("files", "qa-week-46.xlsx", WebFixtures.XLSX,
				Files.readAllBytes(workbook.writeTo(temp.resolve("qa-week-46.xlsx"))))).with(WebFixtures.qa()).with(csrf()));

		String csv = mvc.perform(get("/periods/2026-11/files/rejected-rows.csv").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		assertThat(csv.lines()).containsExactly("file,row,column,value,reason",
				"evaluations/qa-week-46.xlsx,2,violations,C99,unknown conduct code 'C99' (expected C01-C18)",
				"evaluations/qa-week-46.xlsx,3,agent_id,X404,unknown agent: not in agents.csv");
		mvc.perform(get("/periods/2026-11").with(WebFixtures.manager()))
			.andExpect(content().string(containsString("/periods/2026-11/files/rejected-rows.csv")));
	}

	@Test
	void managersSeeTheQaWorkbooksReceivedAndTheirRejectedRows() throws Exception {
		mvc.perform(multipart("/qa/uploads").file(WebFixtures.workbookWithABadDate(temp, "qa-week-45.xlsx"))
			.with(WebFixtures.qa()).with(csrf()));
		long id = jdbc.queryForObject("select id from source_file where file_name = 'evaluations/qa-week-45.xlsx'", Long.class);

		mvc.perform(get("/feeds").with(WebFixtures.manager()))
			.andExpect(content().string(containsString("/feeds/uploads/" + id)));
		String page = mvc.perform(get("/feeds/uploads/{id}", id).with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).containsPattern(MONTH_13);
		mvc.perform(get("/api/feeds/uploads/{id}", id).with(WebFixtures.manager()))
			.andExpect(jsonPath("$.rejectedRows[0].reason").value("must be a date YYYY-MM-DD or YYYY/M/D"));
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
