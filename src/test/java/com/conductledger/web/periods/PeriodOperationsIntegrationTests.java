package com.conductledger.web.periods;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.payroll.PayrollContent;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.reporting.MonthReportAssembler;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.scorecard.Tier;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;
import com.conductledger.support.SampleData;
import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A manager's work on a period of any size: the scorecards paged, searched and sorted on the server;
 * "Rescore now" and "Close this period" run in the background with their progress on the page; the
 * close shows what payroll will take and closes only on those figures; a person's own PDF.
 */
@WebIntegrationTest
class PeriodOperationsIntegrationTests {

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
	PeriodRegistry periods;

	@Autowired
	LedgerStore ledger;

	@Autowired
	MonthReportAssembler assembler;

	int everyone;

	@BeforeEach
	void theSampleMonthIsScored() throws Exception {
		LedgerTables.empty(jdbc);
		WebFixtures.emptyOutputFolder(PERIOD);
		ingest.ingest(SampleData.november());
		scorer.score(Period.of(PERIOD, schedule.cutoffDay()));
		everyone = JsonPath.read(json("/api/periods/" + PERIOD + "?size=500"), "$.scorecards.matching");
	}

	@Test
	void thePeriodPageShowsOnePageOfRowsAndWhereItStands() throws Exception {
		mvc.perform(get("/periods/" + PERIOD).param("size", "10").param("page", "2").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Rows 11–20 of " + everyone)))
			.andExpect(content().string(containsString("Page 2 of " + ((everyone + 9) / 10))));
		mvc.perform(get("/api/periods/" + PERIOD).param("size", "10").param("page", "2").with(WebFixtures.manager()))
			.andExpect(jsonPath("$.scorecards.rows.length()").value(10))
			.andExpect(jsonPath("$.scorecards.rows[0].rank").value(11))
			.andExpect(jsonPath("$.scorecards.page").value(2));
	}

	@Test
	void everyColumnSortsBothWaysWithEmptyValuesLast() throws Exception {
		for (ScorecardQuery.Column column : ScorecardQuery.Column.values()) {
			for (String dir : List.of("asc", "desc")) {
				List<Map<String, Object>> rows = JsonPath.read(json("/api/periods/" + PERIOD + "?size=500&sort="
						+ column.parameter() + "&dir=" + dir), "$.scorecards.rows");
				assertThat(rows).as(column + " " + dir).hasSize(everyone);
				List<Object> keys = rows.stream().map(row -> key(column, row)).toList();
				List<Object> sorted = new ArrayList<>(keys);
				sorted.sort(order(dir));
				assertThat(keys).as(column + " " + dir).containsExactlyElementsOf(sorted);
			}
		}
	}

	@Test
	void searchFindsAPersonByIdOrByNameWithinTheChosenTeam() throws Exception {
		String name = jdbc.queryForObject("select name from person where agent_id = 'A0002'", String.class);
		String team = jdbc.queryForObject("select team from person where agent_id = 'A0002'", String.class);

		mvc.perform(get("/api/periods/" + PERIOD).param("q", "a0002").with(WebFixtures.manager()))
			.andExpect(jsonPath("$.scorecards.rows[*].personId").value(org.hamcrest.Matchers.contains("A0002")));
		mvc.perform(get("/api/periods/" + PERIOD).param("q", name).param("team", team).with(WebFixtures.manager()))
			.andExpect(jsonPath("$.scorecards.rows[*].personId").value(org.hamcrest.Matchers.hasItem("A0002")))
			.andExpect(jsonPath("$.scorecards.rows[*].team").value(org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is(team))));
		mvc.perform(get("/periods/" + PERIOD).param("q", "nobody-like-this").with(WebFixtures.manager()))
			.andExpect(content().string(containsString("没有成绩 No scorecards.")));
	}

	@Test
	void thePeriodPageDrawsItsChartsAsSvg() throws Exception {
		String page = mvc.perform(get("/periods/" + PERIOD).with(WebFixtures.manager())).andReturn().getResponse()
			.getContentAsString();

		assertThat(page).contains("id=\"chart-histogram\"", "id=\"chart-categories\"", "id=\"chart-trend\"",
				"警告 Warning &lt;60", "奖励 Reward ≥90");
		assertThat(page.substring(page.indexOf("<svg"), page.lastIndexOf("</svg>"))).as("no inline style: CSP holds")
			.doesNotContain("style=");
		String team = mvc.perform(get("/periods/" + PERIOD).param("team", "T02").with(WebFixtures.manager())).andReturn()
			.getResponse().getContentAsString();
		assertThat(team).contains("id=\"chart-categories\"").contains(">A0013<").doesNotContain(">A0001<");
	}

	@Test
	void theTableFiltersByTierAndByCategoryAndTotalsWhatMatches() throws Exception {
		List<Map<String, Object>> rewarded = JsonPath.read(json("/api/periods/" + PERIOD + "?tier=REWARD&size=500"),
				"$.scorecards.rows");
		List<Map<String, Object>> swappers = JsonPath.read(json("/api/periods/" + PERIOD + "?category=swaps&size=500"),
				"$.scorecards.rows");
		List<Map<String, Object>> all = JsonPath.read(json("/api/periods/" + PERIOD + "?size=500"), "$.scorecards.rows");

		assertThat(rewarded).isNotEmpty().allSatisfy(row -> assertThat(row).containsEntry("tier", "REWARD"));
		assertThat(swappers).isNotEmpty().allSatisfy(row -> assertThat(((Map<?, ?>) row.get("pointsByCategory")).get("SWAPS"))
			.isNotEqualTo(0));
		assertThat(swappers.size()).isLessThan(all.size());
		int points = all.stream().mapToInt(row -> (Integer) row.get("deductionPoints")).sum();
		mvc.perform(get("/api/periods/" + PERIOD).param("size", "5").with(WebFixtures.manager()))
			.andExpect(jsonPath("$.scorecards.totals.people").value(all.size()))
			.andExpect(jsonPath("$.scorecards.totals.deductionPoints").value(points));
		mvc.perform(get("/periods/" + PERIOD).param("tier", "WARNING").with(WebFixtures.manager()))
			.andExpect(content().string(containsString("id=\"scorecard-total\"")));
		mvc.perform(get("/api/periods/" + PERIOD).param("tier", "GOLD").with(WebFixtures.manager()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("tier must be one of REWARD, WARNING, STANDARD")));
	}

	@Test
	void anUnknownSortOrPageSizeIsABadRequestSayingWhatIsAllowed() throws Exception {
		mvc.perform(get("/api/periods/" + PERIOD).param("sort", "salary").with(WebFixtures.manager()))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.error").value(containsString("sort by one of rank, id, name")));
		mvc.perform(get("/api/periods/" + PERIOD).param("size", "100000").with(WebFixtures.manager()))
			.andExpect(status().isBadRequest());
	}

	@Test
	void rescoreNowRunsInTheBackgroundAndThePageFollowsIt() throws Exception {
		long before = ledger.currentRun(PERIOD).orElseThrow();

		mvc.perform(post("/periods/" + PERIOD + "/rescore").with(WebFixtures.manager()).with(csrf()))
			.andExpect(redirectedUrl("/periods/" + PERIOD));
		Map<String, Object> task = finished();

		assertThat(task).containsEntry("state", "DONE").containsEntry("kind", "RESCORE");
		assertThat((String) task.get("status")).contains("rescored");
		assertThat(ledger.currentRun(PERIOD).orElseThrow()).isNotEqualTo(before);
		assertThat(Path.of(WebIntegrationTest.OUTPUT_DIR, PERIOD, "payroll-" + PERIOD + ".manifest.json")).exists();
		mvc.perform(get("/periods/" + PERIOD).with(WebFixtures.manager()))
			.andExpect(content().string(containsString("/js/task-progress.js")))
			.andExpect(content().string(containsString("data-state=\"DONE\"")));
	}

	@Test
	void aPeriodNeverScoredCanBeScoredFromThePeriodsPage() throws Exception {
		LedgerTables.empty(jdbc);
		ingest.ingest(SampleData.november());

		mvc.perform(post("/periods/" + PERIOD + "/rescore").with(WebFixtures.manager()).with(csrf()))
			.andExpect(redirectedUrl("/periods/" + PERIOD));
		mvc.perform(get("/periods/" + PERIOD).with(WebFixtures.manager())).andExpect(status().isOk());
		assertThat(finished()).containsEntry("state", "DONE");
		assertThat(periods.find(PERIOD)).isPresent();
	}

	@Test
	void theCloseConfirmationShowsWhatPayrollWillTake() throws Exception {
		PayrollContent payroll = PayrollContent.of(assembler.assemble(Period.of(PERIOD, schedule.cutoffDay()), false));

		mvc.perform(get("/periods/" + PERIOD + "/close").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(">" + payroll.rows() + "</strong>")))
			.andExpect(content().string(containsString(">" + payroll.totalDeductionPoints() + "</strong>")))
			.andExpect(content().string(containsString(payroll.totalDeductionAmount().toPlainString())))
			.andExpect(content().string(containsString("value=\"" + payroll.sha256() + "\"")))
			.andExpect(content().string(containsString("id=\"close-form\"")));
	}

	@Test
	void closingWithTheConfirmedFiguresMakesThePeriodFinal() throws Exception {
		String sha = JsonPath.read(json("/api/periods/" + PERIOD + "/close"), "$.payrollSha256");

		mvc.perform(post("/periods/" + PERIOD + "/close").param("payroll", sha).param("confirm", "yes")
			.with(WebFixtures.manager()).with(csrf())).andExpect(redirectedUrl("/periods/" + PERIOD));
		Map<String, Object> task = finished();

		assertThat(task).containsEntry("state", "DONE").containsEntry("kind", "CLOSE");
		assertThat(periods.find(PERIOD)).hasValueSatisfying(status -> assertThat(status.isFinal()).isTrue());
		assertThat(Files.readString(Path.of(WebIntegrationTest.OUTPUT_DIR, PERIOD, "payroll-" + PERIOD + ".manifest.json")))
			.contains("\"final\": true", sha);
		mvc.perform(get("/periods/" + PERIOD).with(WebFixtures.manager()))
			.andExpect(content().string(containsString("已定稿 Final")))
			.andExpect(content().string(not(containsString("id=\"rescore-now\""))));
		PayrollContent payroll = PayrollContent.of(assembler.assemble(Period.of(PERIOD, schedule.cutoffDay()), true));
		mvc.perform(get("/payroll").with(WebFixtures.payroll()))
			.andExpect(content().string(containsString(">" + payroll.totalDeductionAmount().toPlainString() + "</td>")))
			.andExpect(content().string(containsString(">" + payroll.totalNetAmount().toPlainString() + "</td>")));
	}

	@Test
	void closingIsRefusedWithoutTheTickOrOnFiguresThatChanged() throws Exception {
		String sha = JsonPath.read(json("/api/periods/" + PERIOD + "/close"), "$.payrollSha256");

		mvc.perform(post("/periods/" + PERIOD + "/close").param("payroll", sha).with(WebFixtures.manager()).with(csrf()))
			.andExpect(redirectedUrl("/periods/" + PERIOD + "/close"))
			.andExpect(flash().attribute("error", containsString("tick the box")));
		mvc.perform(post("/api/periods/" + PERIOD + "/close").param("payroll", "0".repeat(64)).param("confirm", "true")
			.with(WebFixtures.manager()).with(csrf())).andExpect(status().isAccepted());
		Map<String, Object> task = finished();

		assertThat(task).containsEntry("state", "FAILED");
		assertThat((String) task.get("status")).contains("its payroll changed since it was confirmed");
		assertThat(periods.find(PERIOD)).hasValueSatisfying(status -> assertThat(status.isFinal()).isFalse());
	}

	@Test
	void filesThatArrivedSinceTheScoringMustBeRescoredBeforeTheClose(@TempDir Path drop)
			throws Exception {
		Files.writeString(drop.resolve("attendance-late.csv"), "agent_id,date,shift,sign_in,sign_out\n");
		ingest.ingest(drop);

		mvc.perform(get("/periods/" + PERIOD + "/close").with(WebFixtures.manager()))
			.andExpect(content().string(containsString("Rescore first")))
			.andExpect(content().string(not(containsString("id=\"close-form\""))));
		mvc.perform(get("/periods/" + PERIOD).with(WebFixtures.manager()))
			.andExpect(content().string(containsString("1 file(s) arrived since this period was scored")));
	}

	@Test
	void aPersonGetsTheirOwnPageOfThePackAsAPdf() throws Exception {
		String name = jdbc.queryForObject("select name from person where agent_id = 'A0003'", String.class);

		MvcResult result = mvc.perform(get("/periods/" + PERIOD + "/people/A0003/pdf").with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn();

		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("A0003", name).doesNotContain("A0004");
			assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(1);
		}
		mvc.perform(get("/periods/" + PERIOD + "/people/NOBODY/pdf").with(WebFixtures.manager()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aDraftPayrollIsPreviewedMarkedAsNotFinalAndNeverServedAsAFile() throws Exception {
		mvc.perform(get("/payroll/" + PERIOD + "/preview").with(WebFixtures.payroll()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("DRAFT, NOT FINAL: do not import")));
		mvc.perform(get("/api/payroll/" + PERIOD + "/preview").with(WebFixtures.payroll()))
			.andExpect(jsonPath("$.finalized").value(false))
			.andExpect(jsonPath("$.notice").value(containsString("NOT FINAL")))
			.andExpect(jsonPath("$.totals.rows").isNumber());
		mvc.perform(get("/periods/" + PERIOD + "/payroll-preview").with(WebFixtures.manager()))
			.andExpect(content().string(containsString("DRAFT, NOT FINAL")));
	}

	@Test
	void anUploadSaysWhenItsRowsCountAndLinksToRescoreNow() throws Exception {
		mvc.perform(multipart("/feeds/uploads").file(WebFixtures.csv("holidays-extra.csv", "date,name\n2026-11-20,周年庆\n"))
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The rows are in the database now")))
			.andExpect(content().string(containsString("Rescore now")))
			.andExpect(content().string(containsString("href=\"/periods/")));
		mvc.perform(multipart("/api/feeds/uploads").file(WebFixtures.csv("holidays-more.csv", "date,name\n2026-11-21,x\n"))
			.with(WebFixtures.manager()).with(csrf()))
			.andExpect(jsonPath("$.counts.currentPeriod").isString())
			.andExpect(jsonPath("$.counts.rescorePage").value(containsString("/periods/")));
	}

	private String json(String url) throws Exception {
		return mvc.perform(get(url).with(WebFixtures.manager())).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	/** Waits for the period's background task to end (it runs on its own thread) and returns it. */
	private Map<String, Object> finished() throws Exception {
		for (int i = 0; i < 600; i++) {
			Map<String, Object> task = JsonPath.read(json("/api/periods/" + PERIOD + "/task"), "$");
			if (!"RUNNING".equals(task.get("state"))) {
				return task;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the task did not end in 60 s");
	}

	private static Object key(ScorecardQuery.Column column, Map<String, Object> row) {
		Object value = switch (column) {
			case RANK -> row.get("rank");
			case ID -> row.get("personId");
			case NAME -> row.get("name");
			case TEAM -> row.get("team");
			case TIER -> Tier.valueOf((String) row.get("tier")).ordinal();
			case EVALUATIONS -> row.get("evaluations");
			case QA -> row.get("qaAverage");
			case POINTS -> row.get("deductionPoints");
			case FINAL -> row.get("finalScore");
			case NET -> row.get("netAmount");
		};
		return value instanceof Number number ? new BigDecimal(number.toString()) : value;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static Comparator<Object> order(String dir) {
		Comparator<Comparable> natural = dir.equals("asc") ? Comparator.naturalOrder() : Comparator.reverseOrder();
		return (Comparator) Comparator.nullsLast(natural);
	}

}
