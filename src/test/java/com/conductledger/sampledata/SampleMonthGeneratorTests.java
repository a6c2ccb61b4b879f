package com.conductledger.sampledata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleMonthGeneratorTests {

	private static final List<String> CSV_FILES = List.of("agents.csv", "holidays.csv", "roster.csv",
			"attendance.csv", "leave.csv", "swaps.csv", "breaks.csv");

	@TempDir
	static Path shared;

	private static Path sample;

	private static GeneratedMonth counts;

	@BeforeAll
	static void generateSample() {
		sample = shared.resolve("sample");
		counts = new SampleMonthGenerator().generate(sample, SampleMonthSpec.sample());
	}

	@Test
	void writesEveryInputFileWithItsExactHeader() throws IOException {
		assertThat(firstLine("agents.csv")).isEqualTo("agent_id,name,team,job_type,skill_level,role,team_lead_id");
		assertThat(firstLine("holidays.csv")).isEqualTo("date,name");
		assertThat(firstLine("roster.csv")).isEqualTo("agent_id,date,shift,start,end");
		assertThat(firstLine("attendance.csv")).isEqualTo("agent_id,date,shift,sign_in,sign_out");
		assertThat(firstLine("leave.csv")).isEqualTo("leave_id,agent_id,type,urgent,first_date,last_date,requested_at,"
				+ "submitted_by,status,approver_id,approved_at,certificate,certificate_submitted_on");
		assertThat(firstLine("swaps.csv")).isEqualTo("swap_id,requester_id,counterpart_id,swap_date,swap_shift,"
				+ "repay_date,repay_shift,requested_at,status,approver_id,approved_at");
		assertThat(firstLine("breaks.csv")).isEqualTo("agent_id,date,shift,out_at,back_at,approved");
		for (Path workbook : workbooks()) {
			try (XSSFWorkbook book = open(workbook)) {
				Row header = book.getSheetAt(0).getRow(0);
				List<String> names = new ArrayList<>();
				header.forEach(cell -> names.add(cell.getStringCellValue()));
				assertThat(names).containsExactly("evaluation_id", "call_date", "agent_id", "call_id", "evaluator_id",
						"greeting", "listening", "accuracy", "courtesy", "compliance", "closing", "violations", "comment");
			}
		}
	}

	@Test
	void countsTheDataRowsOfEveryFile() throws IOException {
		assertThat(counts.agents()).isEqualTo(rows("agents.csv").size()).isEqualTo(3 * 13 + 2);
		assertThat(counts.roster()).isEqualTo(rows("roster.csv").size());
		assertThat(counts.attendance()).isEqualTo(rows("attendance.csv").size());
		assertThat(counts.evaluations()).isBetween(36L * 4, 36L * 6 + 3);
	}

	@Test
	void sameSeedWritesByteIdenticalCsvFiles(@TempDir Path again) throws IOException {
		new SampleMonthGenerator().generate(again, SampleMonthSpec.sample());
		for (String file : CSV_FILES) {
			assertThat(Files.mismatch(sample.resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
		}
	}

	@Test
	void anotherSeedWritesOtherPeopleAndAttendance(@TempDir Path other) throws IOException {
		new SampleMonthGenerator().generate(other, SampleMonthSpec.sample().withSeed(7L));
		assertThat(Files.mismatch(sample.resolve("agents.csv"), other.resolve("agents.csv"))).isNotEqualTo(-1L);
		assertThat(Files.mismatch(sample.resolve("attendance.csv"), other.resolve("attendance.csv"))).isNotEqualTo(-1L);
	}

	@Test
	void everyRosteredPersonIsListedInAgents() throws IOException {
		Set<String> people = column("agents.csv", "agent_id");
		assertThat(column("roster.csv", "agent_id")).isNotEmpty().isSubsetOf(people);
		assertThat(column("attendance.csv", "agent_id")).isSubsetOf(people);
	}

	@Test
	void holidayNameWithACommaIsQuoted() throws IOException {
		assertThat(Files.readAllLines(sample.resolve("holidays.csv"), StandardCharsets.UTF_8))
			.contains("2026-11-11,\"中心周年庆, 全员值守\"");
	}

	@Test
	void firstWorkbookHoldsDateCellsAndSecondHoldsText() throws IOException {
		List<Path> books = workbooks();
		try (XSSFWorkbook first = open(books.get(0)); XSSFWorkbook second = open(books.get(1))) {
			Cell date = first.getSheetAt(0).getRow(1).getCell(1);
			assertThat(date.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(date)).isTrue();
			assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isBetween(LocalDate.of(2026, 10, 26),
					LocalDate.of(2026, 11, 25));
			Cell text = second.getSheetAt(0).getRow(1).getCell(1);
			assertThat(text.getCellType()).isEqualTo(CellType.STRING);
			assertThat(text.getStringCellValue()).matches("2026-1[01]-\\d\\d");
		}
	}

	@Test
	void evaluationIdsAreUniqueAcrossBothWorkbooks() throws IOException {
		Set<String> ids = new HashSet<>();
		int rows = 0;
		for (Path workbook : workbooks()) {
			try (XSSFWorkbook book = open(workbook)) {
				Sheet sheet = book.getSheetAt(0);
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					ids.add(sheet.getRow(r).getCell(0).getStringCellValue());
					rows++;
				}
			}
		}
		assertThat(ids).hasSize(rows);
	}

	@Test
	void theEvaluationsComeFromQaInspectorsWhoAreNotInAgentsCsvAndNeverScoreThemselves() throws IOException {
		Set<String> people = column("agents.csv", "agent_id");
		Set<String> evaluators = new HashSet<>();
		for (Path workbook : workbooks()) {
			try (XSSFWorkbook book = open(workbook)) {
				Sheet sheet = book.getSheetAt(0);
				for (int r = 1; r <= sheet.getLastRowNum(); r++) {
					String evaluator = sheet.getRow(r).getCell(4).getStringCellValue();
					assertThat(evaluator).isNotEqualTo(sheet.getRow(r).getCell(2).getStringCellValue());
					evaluators.add(evaluator);
				}
			}
		}
		assertThat(evaluators).containsExactlyInAnyOrder("Q01", "Q02").doesNotContainAnyElementsOf(people);
	}

	@Test
	void swapsNameAShiftOfTheRequesterThatTheCounterpartDoesNotWork() throws IOException {
		Set<String> rostered = rosteredShifts();
		for (Map<String, String> swap : rows("swaps.csv")) {
			String swapShift = swap.get("swap_date") + "|" + swap.get("swap_shift");
			String repayShift = swap.get("repay_date") + "|" + swap.get("repay_shift");
			assertThat(rostered).contains(swap.get("requester_id") + "|" + swapShift,
					swap.get("counterpart_id") + "|" + repayShift);
			assertThat(rostered).doesNotContain(swap.get("counterpart_id") + "|" + swapShift,
					swap.get("requester_id") + "|" + repayShift);
		}
	}

	@Test
	void oneRequesterHasAtLeastThreeApprovedSwaps() throws IOException {
		Map<String, Long> approvedByRequester = rows("swaps.csv").stream()
			.filter(swap -> swap.get("status").equals("APPROVED"))
			.collect(Collectors.groupingBy(swap -> swap.get("requester_id"), Collectors.counting()));
		assertThat(approvedByRequester.values()).anyMatch(count -> count >= 3);
	}

	@Test
	void someoneSignsInForAColleaguesShiftWithoutAnApprovedSwap() throws IOException {
		Set<String> effective = effectiveShifts();
		Map<String, String> teamOf = new HashMap<>();
		rows("agents.csv").forEach(person -> teamOf.put(person.get("agent_id"), person.get("team")));
		Set<String> signedIn = new HashSet<>();
		rows("attendance.csv").forEach(row -> signedIn.add(row.get("agent_id") + "|" + row.get("date") + "|" + row.get("shift")));
		Set<String> onLeave = new HashSet<>();
		rows("leave.csv").forEach(leave -> onLeave.add(leave.get("agent_id")));
		List<String> privateSwaps = new ArrayList<>();
		for (String signIn : signedIn) {
			if (effective.contains(signIn)) {
				continue;
			}
			String[] cover = signIn.split("\\|");
			for (String shift : effective) {
				String[] absent = shift.split("\\|");
				if (absent[1].equals(cover[1]) && absent[2].equals(cover[2]) && !signedIn.contains(shift)
						&& teamOf.get(absent[0]).equals(teamOf.get(cover[0])) && !onLeave.contains(absent[0])) {
					privateSwaps.add(cover[0] + " covers " + shift);
				}
			}
		}
		assertThat(privateSwaps).isNotEmpty();
	}

	private static Set<String> rosteredShifts() throws IOException {
		return rows("roster.csv").stream()
			.map(row -> row.get("agent_id") + "|" + row.get("date") + "|" + row.get("shift"))
			.collect(Collectors.toCollection(HashSet::new));
	}

	private static Set<String> effectiveShifts() throws IOException {
		Set<String> shifts = rosteredShifts();
		for (Map<String, String> swap : rows("swaps.csv")) {
			if (swap.get("status").equals("APPROVED")) {
				String swapShift = "|" + swap.get("swap_date") + "|" + swap.get("swap_shift");
				String repayShift = "|" + swap.get("repay_date") + "|" + swap.get("repay_shift");
				shifts.remove(swap.get("requester_id") + swapShift);
				shifts.add(swap.get("counterpart_id") + swapShift);
				shifts.remove(swap.get("counterpart_id") + repayShift);
				shifts.add(swap.get("requester_id") + repayShift);
			}
		}
		return shifts;
	}

	private static String firstLine(String file) throws IOException {
		return Files.readAllLines(sample.resolve(file), StandardCharsets.UTF_8).get(0);
	}

	private static Set<String> column(String file, String name) throws IOException {
		return rows(file).stream().map(row -> row.get(name)).collect(Collectors.toSet());
	}

	@Test
	void threeMonthsGiveTheLastUnderThePlainNamesExactlyAsOneMonthAndTheEarlierDated(@TempDir Path months)
			throws IOException {
		GeneratedMonth three = new SampleMonthGenerator().generateMonths(months, SampleMonthSpec.sample(), 3);

		for (String file : CSV_FILES) {
			assertThat(Files.readAllBytes(months.resolve(file))).as(file).isEqualTo(Files.readAllBytes(sample.resolve(file)));
		}
		for (String kind : List.of("roster", "attendance", "leave", "swaps", "breaks", "holidays")) {
			assertThat(months.resolve(kind + "-2026-09.csv")).exists();
			assertThat(months.resolve(kind + "-2026-10.csv")).exists();
		}
		assertThat(months.resolve("agents-2026-09.csv")).as("the people are written once").doesNotExist();
		try (var files = Files.list(months.resolve("evaluations"))) {
			assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("qa-2026-09-E01.xlsx",
					"qa-2026-09-E02.xlsx", "qa-2026-10-E01.xlsx", "qa-2026-10-E02.xlsx", "qa-2026-11-E01.xlsx",
					"qa-2026-11-E02.xlsx");
		}
		assertThat(three.roster()).isGreaterThan(2 * counts.roster());
		assertThat(three.agents()).isEqualTo(counts.agents());
	}

	@Test
	void theMonthsOfACentreNeverShareAnIdAndEachKeepsToItsOwnDays(@TempDir Path months) throws IOException {
		new SampleMonthGenerator().generateMonths(months, SampleMonthSpec.sample(), 3);

		Set<String> leaveIds = new HashSet<>();
		Set<String> swapIds = new HashSet<>();
		for (String suffix : List.of("", "-2026-09", "-2026-10")) {
			for (String line : dataLines(months.resolve("leave" + suffix + ".csv"))) {
				assertThat(leaveIds.add(line.substring(0, line.indexOf(',')))).as(line).isTrue();
			}
			for (String line : dataLines(months.resolve("swaps" + suffix + ".csv"))) {
				assertThat(swapIds.add(line.substring(0, line.indexOf(',')))).as(line).isTrue();
			}
		}
		assertThat(Files.readAllLines(months.resolve("roster-2026-09.csv")).subList(1, 10))
			.allSatisfy(line -> assertThat(line.split(",")[1]).isBetween("2026-08-26", "2026-09-25"));
		assertThat(Files.readAllLines(months.resolve("holidays-2026-09.csv")).subList(1, 2))
			.allSatisfy(line -> assertThat(line).startsWith("2026-09-"));
	}

	@Test
	void theShippedSampleDataIsWhatTheGeneratorMakesOfThreeMonths(@TempDir Path months) throws IOException {
		new SampleMonthGenerator().generateMonths(months, SampleMonthSpec.sample(), 3);

		try (var shipped = Files.list(Path.of("sample-data"))) {
			for (Path file : shipped.filter(Files::isRegularFile).toList()) {
				assertThat(Files.readAllBytes(file)).as("sample-data/%s is stale: regenerate it with generate --out=sample-data "
						+ "--months=3", file.getFileName()).isEqualTo(Files.readAllBytes(months.resolve(file.getFileName())));
			}
		}
	}

	private static List<String> dataLines(Path csv) throws IOException {
		List<String> lines = Files.readAllLines(csv);
		return lines.subList(1, lines.size());
	}

	/** Data rows by column name; these files quote nothing but holiday names, read separately. */
	private static List<Map<String, String>> rows(String file) throws IOException {
		List<String> lines = Files.readAllLines(sample.resolve(file), StandardCharsets.UTF_8);
		String[] header = lines.get(0).split(",", -1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			String[] values = line.split(",", -1);
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.length; i++) {
				row.put(header[i], values[i]);
			}
			rows.add(row);
		}
		return rows;
	}

	private static List<Path> workbooks() throws IOException {
		try (var files = Files.list(sample.resolve("evaluations"))) {
			return files.sorted().toList();
		}
	}

	private static XSSFWorkbook open(Path workbook) throws IOException {
		try (InputStream in = Files.newInputStream(workbook)) {
			return new XSSFWorkbook(in);
		}
	}

}
