package com.conductledger.web.periods;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import com.conductledger.explain.Explanations;
import com.conductledger.explain.Label;
import com.conductledger.explain.Labels;
import com.conductledger.explain.Sentence;
import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.reporting.MonthReportAssembler;
import com.conductledger.reporting.excel.ScorecardWorkbookWriter;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The person page, the person's PDF and the workbook name a tier and a rule, and explain an entry,
 * in the same words: all three take them from {@code com.conductledger.explain}.
 */
@WebIntegrationTest
class SameLabelsEverywhereIntegrationTests {

	private static final String PERIOD = "2026-11";

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

	@Autowired
	MonthReportAssembler assembler;

	@TempDir
	Path folder;

	@BeforeEach
	void theSampleMonthIsScored() throws Exception {
		LedgerTables.empty(jdbc);
		WebFixtures.emptyOutputFolder(PERIOD);
		ingest.ingest(SampleData.november());
		scorer.score(Period.of(PERIOD, schedule.cutoffDay()));
	}

	@Test
	void anAbsenceForAFailedLeaveAndItsPersonsTierReadTheSameOnThePageInThePdfAndInTheWorkbook() throws Exception {
		Map<String, Object> absence = jdbc.queryForList("select person_id, rule_id, article, reasons from ledger_entry "
				+ "where period = ? and rule_id = 'ATT-ABSENT' and reasons like 'LEAVE_%' order by person_id, entry_date", PERIOD)
			.get(0);
		String personId = (String) absence.get("person_id");
		Sentence sentence = Explanations.of("ATT-ABSENT", (String) absence.get("article"),
				List.of(((String) absence.get("reasons")).split(LedgerStore.REASON_SEPARATOR))).sentences().get(0);
		String json = mvc.perform(get("/api/periods/" + PERIOD + "/people/" + personId).with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		Label tier = Labels.tier(Tier.valueOf(JsonPath.read(json, "$.scorecard.tier")));
		Label rule = Labels.rule("ATT-ABSENT");
		assertThat(sentence.chinese()).contains("（第").doesNotContain("LEAVE_");

		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/periods/" + PERIOD + "/people/" + personId)
			.with(WebFixtures.manager())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(page).contains(tier.toString(), rule.toString(), sentence.chinese(), sentence.english());

		String pdf = withoutSpaces(pdfText(personId));
		assertThat(pdf).contains(withoutSpaces(tier.toString()), rule.chinese(), withoutSpaces(sentence.chinese()),
				withoutSpaces(sentence.english()));

		Path file = folder.resolve("scorecards.xlsx");
		new ScorecardWorkbookWriter().write(assembler.assemble(Period.of(PERIOD, schedule.cutoffDay()), false), file);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Row summary = rowOf(workbook.getSheet("Summary"), 1, personId);
			assertThat(cell(workbook.getSheet("Summary"), summary, "tier_label")).isEqualTo(tier.toString());
			Sheet ledger = workbook.getSheet("Ledger");
			Row entry = rowOf(ledger, 1, personId, row -> cell(ledger, row, "rule_id").equals("ATT-ABSENT"));
			assertThat(cell(ledger, entry, "rule_name")).isEqualTo(rule.toString());
			assertThat(cell(ledger, entry, "explanation")).startsWith(sentence.chinese()).contains("\n" + sentence.english());
		}
	}

	@Test
	void theTiersAndCategoriesOfThePeriodsFiltersAreTheSharedLabels() throws Exception {
		String page = HtmlUtils.htmlUnescape(mvc.perform(get("/periods/" + PERIOD).with(WebFixtures.manager()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

		for (Tier tier : Tier.values()) {
			assertThat(page).contains(Labels.tier(tier).toString());
		}
		assertThat(page).doesNotContain("合格", "警示");
	}

	private String pdfText(String personId) throws Exception {
		byte[] bytes = mvc.perform(get("/periods/" + PERIOD + "/people/" + personId + "/pdf").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(bytes)) {
			return new PDFTextStripper().getText(pdf);
		}
	}

	private static Row rowOf(Sheet sheet, int idColumn, String personId) {
		return rowOf(sheet, idColumn, personId, row -> true);
	}

	private static Row rowOf(Sheet sheet, int idColumn, String personId, java.util.function.Predicate<Row> also) {
		for (Row row : sheet) {
			if (row.getRowNum() > 0 && personId.equals(row.getCell(idColumn).getStringCellValue()) && also.test(row)) {
				return row;
			}
		}
		throw new AssertionError("no row of " + personId + " in " + sheet.getSheetName());
	}

	/** A text cell by its column's key (the header reads {@code key 中文}). */
	private static String cell(Sheet sheet, Row row, String key) {
		Row header = sheet.getRow(0);
		for (int i = 0; i < header.getLastCellNum(); i++) {
			if (header.getCell(i).getStringCellValue().split(" ")[0].equals(key)) {
				return row.getCell(i).getStringCellValue();
			}
		}
		throw new AssertionError("no column " + key + " in " + sheet.getSheetName());
	}

	private static String withoutSpaces(String text) {
		return text.replaceAll("\\s+", "");
	}

}
