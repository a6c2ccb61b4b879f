package com.conductledger.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.conductledger.ingest.FolderIngest;
import com.conductledger.period.Period;
import com.conductledger.reporting.pdf.MeetingPackWriter;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.security.UserAccounts;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;
import com.conductledger.support.WebFixtures;
import com.conductledger.support.WebIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An open period's run writes the full pack and no team pack; the web offers every team's pack and
 * renders it when first asked for, with the same text as a pack written by the run, keeps it until
 * the period's next run, and the close writes them all.
 */
@WebIntegrationTest
class TeamPacksOnRequestIntegrationTests {

	private static final String PERIOD = "2026-11";

	private static final String T01 = "scorecards-2026-11-T01.pdf";

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
	MonthlyOutputs outputs;

	@Autowired
	MonthReportAssembler assembler;

	@Autowired
	UserAccounts accounts;

	@TempDir
	Path work;

	Path folder;

	Period period;

	@BeforeEach
	void theSampleMonthIsScoredAndItsReportsWritten() throws Exception {
		LedgerTables.empty(jdbc);
		folder = WebFixtures.emptyOutputFolder(PERIOD);
		ingest.ingest(SampleData.november());
		WebFixtures.unlinkOthers(jdbc);
		WebFixtures.linkPeople(accounts);
		period = Period.of(PERIOD, schedule.cutoffDay());
		scorer.score(period);
		MonthlyOutputs.Written written = outputs.write(period, folder, false);
		assertThat(written.reportFiles()).extracting(file -> file.getFileName().toString())
			.contains("scorecards-2026-11.pdf", "scorecards-2026-11.xlsx")
			.noneMatch(name -> name.startsWith("scorecards-2026-11-"));
	}

	@Test
	void aRunOfAnOpenPeriodWritesNoTeamPackAndTheWebRendersOneWhenFirstAskedForWithTheRunsText() throws Exception {
		assertThat(teamPacksInTheFolder()).isEmpty();
		mvc.perform(get("/periods/{p}", PERIOD).with(WebFixtures.manager()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(T01)))
			.andExpect(content().string(containsString("scorecards-2026-11-T03.pdf")));

		byte[] first = download(T01, WebFixtures.manager());
		assertThat(teamPacksInTheFolder()).containsExactly(T01);
		Path written = work.resolve("by-the-run.pdf");
		new MeetingPackWriter().writeTeam(assembler.assemble(period, false), "T01", written);
		assertThat(text(first)).isEqualTo(text(Files.readAllBytes(written))).contains("A0001").doesNotContain("A0013");

		assertThat(download(T01, WebFixtures.manager())).as("kept, not rendered again").isEqualTo(first);
		assertThat(teamPacksInTheFolder()).containsExactly(T01);
	}

	@Test
	void theNextRunOfThePeriodRemovesTheKeptPacksAndTheNextRequestRendersTheNewMonth() throws Exception {
		String before = text(download(T01, WebFixtures.manager()));
		jdbc.update("delete from attendance where agent_id = 'A0001' and shift_date = (select max(shift_date) from"
				+ " attendance where agent_id = 'A0001' and shift_date <= ?)", period.lastDate());
		// a fact edited in the database, not brought by a file, leaves no revision: score every day
		scorer.scoreInFull(period);

		outputs.write(period, folder, false);

		assertThat(teamPacksInTheFolder()).isEmpty();
		Path written = work.resolve("after.pdf");
		new MeetingPackWriter().writeTeam(assembler.assemble(period, false), "T01", written);
		String after = text(download(T01, WebFixtures.manager()));
		assertThat(after).isEqualTo(text(Files.readAllBytes(written))).isNotEqualTo(before);
	}

	@Test
	void aTeamLeadGetsTheirTeamsPackRenderedAndNoOtherTeams() throws Exception {
		mvc.perform(get("/api/home").with(WebFixtures.teamLead()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.teamPacks[*].name", hasItem(T01)))
			.andExpect(content().string(not(containsString("scorecards-2026-11-T02.pdf"))));
		assertThat(text(download(T01, WebFixtures.teamLead()))).contains("A0001");
		mvc.perform(get("/periods/{p}/files/scorecards-2026-11-T02.pdf", PERIOD).with(WebFixtures.teamLead()))
			.andExpect(status().isNotFound());
		assertThat(teamPacksInTheFolder()).containsExactly(T01);
	}

	@Test
	void aNameOfNoTeamIsNotFoundAndRendersNothing() throws Exception {
		mvc.perform(get("/periods/{p}/files/scorecards-2026-11-T99.pdf", PERIOD).with(WebFixtures.manager()))
			.andExpect(status().isNotFound());
		assertThat(teamPacksInTheFolder()).isEmpty();
	}

	@Test
	void theCloseWritesEveryTeamPack() throws Exception {
		outputs.write(period, folder, true);

		assertThat(teamPacksInTheFolder()).containsExactly(T01, "scorecards-2026-11-T02.pdf", "scorecards-2026-11-T03.pdf");
	}

	private byte[] download(String name, org.springframework.test.web.servlet.request.RequestPostProcessor user)
			throws Exception {
		return mvc.perform(get("/periods/{p}/files/{f}", PERIOD, name).with(user))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}

	private List<String> teamPacksInTheFolder() throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map(file -> file.getFileName().toString())
				.filter(name -> name.startsWith("scorecards-2026-11-"))
				.sorted()
				.toList();
		}
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
