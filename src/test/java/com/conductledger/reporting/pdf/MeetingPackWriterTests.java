package com.conductledger.reporting.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.reporting.MonthReport;
import com.conductledger.reporting.ReportFixtures;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scorecard.PersonMonth;
import com.conductledger.scorecard.ScorecardCalculator;
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.Person;
import com.conductledger.scoring.rules.Role;
import com.conductledger.scoring.rules.RulesFixtures;
import com.conductledger.scoring.rules.ShiftCode;
import com.conductledger.scoring.rules.Source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MeetingPackWriterTests {

	@TempDir
	Path folder;

	@Test
	void writeAllWritesTheFullPackAndOnePackPerTeamNamedByPeriodAndTeam() {
		List<Path> files = writer().writeAll(ReportFixtures.november(), folder.resolve("out"));

		assertThat(files).extracting(file -> file.getFileName().toString())
			.containsExactly("scorecards-2026-11.pdf", "scorecards-2026-11-T01.pdf", "scorecards-2026-11-T02.pdf");
		assertThat(files).allSatisfy(file -> assertThat(file).isRegularFile());
		assertThat(folder.resolve("out")).isDirectoryNotContaining("glob:**.part");
	}

	@Test
	void theFullPackShowsThePeriodChineseNamesArticlesAndSourceRows() {
		String text = text(fullPack(ReportFixtures.november()));

		assertThat(text).contains("2026-11", "2026-10-26", "2026-11-25", "王芳", "李娜", "张伟", "陈艳")
			.contains("46(3) item 14", "38", "47(1)1")
			.contains("attendance.csv row 12", "leave.csv row 4");
		assertThat(withoutSpaces(text)).contains("evaluations/qa-2026-11-E01.xlsxsheetEvaluationsrow7");
	}

	@Test
	void chineseTextIsSetInTheEmbeddedWenQuanYiFont() throws IOException {
		try (PDDocument pdf = Loader.loadPDF(fullPack(ReportFixtures.november()).toFile())) {
			List<PDFont> fonts = new ArrayList<>();
			for (PDPage page : pdf.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					fonts.add(resources.getFont(name));
				}
			}

			assertThat(fonts).anySatisfy(font -> {
				assertThat(font.getName()).contains("WenQuanYi");
				assertThat(font.isEmbedded()).isTrue();
			});
			assertThat(fonts).allSatisfy(font -> assertThat(font.isEmbedded()).as(font.getName()).isTrue());
		}
	}

	@Test
	void theFullPackHasSummaryPagesThenAScorecardPageForEachPerson() {
		List<String> pages = pages(fullPack(ReportFixtures.november()));

		String summary = String.join("\n", pages.stream().takeWhile(page -> !page.contains("Personal scorecard")).toList());
		assertThat(summary).contains("概况", "Overview", "Charts", "Most improved", "REWARD", "WARNING", "Teams", "合计 Total");
		for (Person person : List.of(ReportFixtures.WANG_FANG, ReportFixtures.LI_NA, ReportFixtures.FORMULA,
				ReportFixtures.ZHANG_WEI, ReportFixtures.LEAD)) {
			assertThat(pages).filteredOn(page -> page.contains("Personal scorecard"))
				.filteredOn(page -> page.contains(person.name() + "   " + person.id()))
				.as(person.id())
				.hasSize(1);
		}
		assertThat(pages.size()).isGreaterThanOrEqualTo(1 + 5);
	}

	@Test
	void aScorecardPageListsEachEntryWithRuleArticleDateShiftPointsReasonsAndSource() {
		String page = pageOf(pages(fullPack(ReportFixtures.november())), ReportFixtures.LI_NA);

		assertThat(page).contains("ATT-ABSENT", "旷工", "2026-11-03", "NIGHT", "leave.csv row 4")
			.contains("QA-C14", "46(3) item 14", "2026-11-05", "语气生硬、不耐烦、与客户争吵")
			.contains("88.00 − 15 = 73.00")
			.contains("Total 15");
		assertThat(withoutSpaces(page)).doesNotContain("26,29,30,31,34,36,37")
			.contains("evaluations/qa-2026-11-E01.xlsxsheetEvaluationsrow7")
			.contains("事假由他人代请，事假须本人办理（第28条）", "personalleaverequestedbysomeoneelse;itmustberequestedinperson(Art.28)");
	}

	@Test
	void aTeamPackHoldsOnlyThatTeam() {
		Path file = folder.resolve("scorecards-2026-11-T02.pdf");
		writer().writeTeam(ReportFixtures.november(), "T02", file);

		assertThat(text(file)).contains("张伟", "=HYPERLINK(\"x\")", "Team T02").doesNotContain("王芳", "李娜", "陈艳");
	}

	@Test
	void aTeamPackLeavesTheListsAndTheTeamTableToTheFullPackSinceItsMembersTableGivesEachTier() {
		Path file = folder.resolve("scorecards-2026-11-T02.pdf");
		writer().writeTeam(ReportFixtures.november(), "T02", file);

		assertThat(text(file)).contains("团队成员  Team members", "等级").doesNotContain("奖励名单", "警告名单", "团队汇总");
		assertThat(text(fullPack(ReportFixtures.november()))).contains("奖励名单", "警告名单", "团队汇总");
	}

	@Test
	void aNameThatLooksLikeAFormulaIsPrintedAsItIs() {
		assertThat(text(fullPack(ReportFixtures.november()))).contains("=HYPERLINK(\"x\")   A0003");
	}

	@Test
	void anOpenPeriodIsMarkedDraftAndAClosedOneFinal() {
		MonthReport open = ReportFixtures.november();
		MonthReport closed = new MonthReport(open.period(), open.schedule(), open.scorecards(), open.ledger(), true);

		assertThat(pages(fullPack(open))).allSatisfy(page -> assertThat(page).contains("草稿 DRAFT"));
		assertThat(pages(fullPack(closed))).allSatisfy(page -> assertThat(page).contains("定稿 FINAL").doesNotContain("DRAFT"));
	}

	@Test
	void aTeamWithoutScorecardsIsRefusedWithItsName() {
		assertThatThrownBy(() -> writer().writeTeam(ReportFixtures.november(), "T99", folder.resolve("x.pdf")))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("T99");
	}

	@Test
	void ledgerEntriesThatDoNotAddUpToTheScorecardAreRefused() {
		MonthReport month = ReportFixtures.november();
		MonthReport missingAnEntry = new MonthReport(month.period(), month.schedule(), month.scorecards(),
				action -> ReportFixtures.ledger().stream().skip(1).forEach(action), false);

		assertThatThrownBy(() -> writer().writeFull(missingAnEntry, folder.resolve("x.pdf")))
			.hasStackTraceContaining("the ledger entries of A0001 add up to 0 points but the scorecard has 1");
		assertThat(folder.resolve("x.pdf")).doesNotExist();
	}

	@Test
	void aLedgerWhosePersonsEntriesAreNotTogetherIsRefused() {
		MonthReport month = ReportFixtures.november();
		List<LedgerEntry> entries = ReportFixtures.ledger();
		MonthReport scattered = new MonthReport(month.period(), month.schedule(), month.scorecards(), action -> Stream
			.of(entries.get(1), entries.get(0), entries.get(2), entries.get(3), entries.get(4))
			.forEach(action), false);

		assertThatThrownBy(() -> writer().writeFull(scattered, folder.resolve("x.pdf")))
			.hasMessageContaining("entries of A0002 come again after those of A0001");
		assertThat(folder.resolve("work")).isEmptyDirectory();
	}

	@Test
	void twoTeamsOfAThousandPeopleFillThroughTheVirtualizerAndLeaveNoTemporaryFiles() throws IOException {
		Path work = folder.resolve("work");
		MonthReport month = largeMonth(2, 1_000);

		List<Path> files = new MeetingPackWriter(work, 5).writeAll(month, folder.resolve("out"));

		assertThat(files).hasSize(3);
		assertThat(pageCount(files.get(0))).isGreaterThan(2_000);
		assertThat(pageCount(files.get(1))).isGreaterThan(1_000).isLessThan(2_000);
		try (Stream<Path> left = Files.list(work)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void packsWrittenSeveralAtOnceHoldTheSameTextAsOneAfterTheOther() throws IOException {
		MonthReport month = largeMonth(5, 40);
		List<Path> alone = new MeetingPackWriter(folder.resolve("work"), 5, 1).writeAll(month, folder.resolve("alone"));
		List<Integer> told = new ArrayList<>();

		List<Path> together = new MeetingPackWriter(folder.resolve("work"), 5, 3).writeAll(month,
				folder.resolve("together"), () -> told.add(told.size()));

		assertThat(together).extracting(file -> file.getFileName().toString())
			.containsExactlyElementsOf(alone.stream().map(file -> file.getFileName().toString()).toList());
		for (int i = 0; i < alone.size(); i++) {
			assertThat(pages(together.get(i))).as(together.get(i).getFileName().toString())
				.containsExactlyElementsOf(pages(alone.get(i)));
		}
		assertThat(told).hasSize(6);
		try (Stream<Path> left = Files.list(folder.resolve("work"))) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void aLongPackWrittenInTwoHalvesReadsPageForPageAsOneWrittenAtOnceWithItsBookmarksAndFonts() throws IOException {
		MonthReport month = largeMonth(3, 30);
		Path once = folder.resolve("once.pdf");
		Path halves = folder.resolve("halves.pdf");
		new MeetingPackWriter(folder.resolve("work"), 5, 1).writeFull(month, once);

		new MeetingPackWriter(folder.resolve("work"), 5, 2, 10).writeFull(month, halves);

		assertThat(pages(halves)).hasSizeGreaterThan(90).containsExactlyElementsOf(pages(once));
		assertThat(bookmarks(halves)).hasSize(90).containsExactlyElementsOf(bookmarks(once));
		try (PDDocument pdf = Loader.loadPDF(halves.toFile())) {
			assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Conduct Ledger meeting pack 2026-11 · "
					+ PackScope.everyone().label() + " · DRAFT");
			for (PDPage page : pdf.getPages()) {
				for (COSName name : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(name).isEmbedded()).isTrue();
				}
			}
		}
		try (Stream<Path> left = Files.list(folder.resolve("work"))) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void whenOnePackFailsTheOthersStopAndTheFailureIsThrownWithoutHalfWrittenFiles() throws IOException {
		MonthReport month = largeMonth(5, 40);
		Path out = folder.resolve("out");
		Files.createDirectories(out.resolve("scorecards-2026-11-T2.pdf").resolve("in-the-way"));

		assertThatThrownBy(() -> new MeetingPackWriter(folder.resolve("work"), 5, 2).writeAll(month, out))
			.hasMessageContaining("scorecards-2026-11-T2.pdf");
		try (Stream<Path> left = Files.list(out)) {
			assertThat(left.map(file -> file.getFileName().toString())).noneMatch(name -> name.endsWith(".part"));
		}
		try (Stream<Path> left = Files.list(folder.resolve("work"))) {
			assertThat(left).isEmpty();
		}
	}

	private MeetingPackWriter writer() {
		return new MeetingPackWriter(folder.resolve("work"), 10);
	}

	private Path fullPack(MonthReport report) {
		Path file = folder.resolve("full-" + report.finalized() + ".pdf");
		writer().writeFull(report, file);
		return file;
	}

	private static String pageOf(List<String> pages, Person person) {
		return pages.stream()
			.filter(page -> page.contains("Personal scorecard") && page.contains(person.name() + "   " + person.id()))
			.findFirst()
			.orElseThrow();
	}

	/** Cells wrap: compare a wrapped value without the line breaks and spaces extraction puts in. */
	private static String withoutSpaces(String text) {
		return text.replaceAll("\\s", "");
	}

	private static String text(Path file) {
		return String.join("\n", pages(file));
	}

	private static List<String> pages(Path file) {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			List<String> pages = new ArrayList<>();
			PDFTextStripper stripper = new PDFTextStripper();
			for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				pages.add(stripper.getText(pdf));
			}
			return pages;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each bookmark's title and the number of the page it opens. */
	private static List<String> bookmarks(Path file) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			List<String> marks = new ArrayList<>();
			PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
			for (PDOutlineItem item = outline == null ? null : outline.getFirstChild(); item != null;
					item = item.getNextSibling()) {
				marks.add(item.getTitle() + " -> page " + (pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1));
			}
			return marks;
		}
	}

	private static int pageCount(Path file) throws IOException {
		try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
			return pdf.getNumberOfPages();
		}
	}

	/** {@code teams} teams of {@code size} agents, each with up to three ledger entries. */
	private static MonthReport largeMonth(int teams, int size) {
		PenaltySchedule schedule = RulesFixtures.defaultSchedule();
		List<LedgerEntry> ledger = new ArrayList<>();
		List<PersonMonth> months = new ArrayList<>();
		for (int i = 1; i <= teams * size; i++) {
			String id = String.format("P%05d", i);
			Person person = new Person(id, "测试员" + i, "T" + (1 + (i - 1) / size), "VOICE", 3, Role.AGENT);
			PersonMonth month = new PersonMonth(person).addEvaluationScore(BigDecimal.valueOf(55 + i % 45));
			for (int day = 1; day <= i % 4; day++) {
				LedgerEntry entry = new LedgerEntry(id, "ATT-LATE", "38", LocalDate.of(2026, 11, day), ShiftCode.DAY, day,
						List.of("signed in late / 迟到"), Source.of("attendance.csv", i * 4 + day));
				ledger.add(entry);
				month.addEntry(entry, false);
			}
			months.add(month);
		}
		return new MonthReport(ReportFixtures.NOVEMBER, schedule, new ScorecardCalculator(schedule).scorecards(months),
				ledger::forEach, false);
	}

}
