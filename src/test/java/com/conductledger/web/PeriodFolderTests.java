package com.conductledger.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.period.CutoffDay;
import com.conductledger.period.Period;
import com.conductledger.reporting.pdf.MeetingPackWriter;
import com.conductledger.web.OutputFile.Audience;
import com.conductledger.web.PeriodFolder.Download;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodFolderTests {

	@TempDir
	Path out;

	PeriodFolder folder;

	@BeforeEach
	void aWrittenPeriod() throws IOException {
		Path period = Files.createDirectories(out.resolve("2026-11"));
		for (String name : new String[] { "scorecards-2026-11.xlsx", "scorecards-2026-11-T01.pdf", "ledger-2026-11.csv",
				"payroll-2026-11.csv", "payroll-2026-11.manifest.json", "notes.txt", "ledger-2026-10.csv" }) {
			Files.writeString(period.resolve(name), name);
		}
		Files.writeString(out.resolve("secret.txt"), "secret");
		folder = new PeriodFolder(out);
	}

	@Test
	void managersSeeTheReportsAndPayrollThePayrollFilesOnly() {
		assertThat(folder.list("2026-11", Audience.REPORTS)).extracting(Download::name)
			.containsExactly("ledger-2026-11.csv", "scorecards-2026-11-T01.pdf", "scorecards-2026-11.xlsx");
		assertThat(folder.list("2026-11", Audience.PAYROLL)).extracting(Download::name)
			.containsExactly("payroll-2026-11.csv", "payroll-2026-11.manifest.json");
	}

	@Test
	void aNameOutsideThePatternsOrAnotherPeriodsFileIsNotFound() {
		for (String name : new String[] { "../secret.txt", "..", "notes.txt", "ledger-2026-10.csv",
				"scorecards-2026-11-../../x.pdf", "payroll-2026-11.csv" }) {
			assertThatThrownBy(() -> folder.find("2026-11", name, Audience.REPORTS)).isInstanceOf(WebProblem.class)
				.hasMessageContaining("no file");
		}
	}

	@Test
	void aPeriodThatIsNotYyyyMmIsNotFound() {
		assertThatThrownBy(() -> folder.find("..", "secret.txt", Audience.REPORTS)).isInstanceOf(WebProblem.class);
		assertThatThrownBy(() -> folder.list("2026-11/..", Audience.REPORTS)).isInstanceOf(WebProblem.class);
	}

	@Test
	void aKnownFileIsFoundInThePeriodsFolder() {
		assertThat(folder.find("2026-11", "scorecards-2026-11-T01.pdf", Audience.REPORTS))
			.isEqualTo(out.resolve("2026-11/scorecards-2026-11-T01.pdf").toAbsolutePath().normalize());
	}

	@Test
	void everyTeamPackTheWriterNamesIsServed() throws IOException {
		Period period = Period.of("2026-11", CutoffDay.parse("25"));
		for (String team : new String[] { "T01", "T1.2", "一组.夜班", "Team A/B", "x_y-z", "T".repeat(50) }) {
			String name = MeetingPackWriter.teamFileName(period, team);
			assertThat(OutputFile.TEAM_PDF_PACK.matches("2026-11", name)).as(name).isTrue();
			Files.writeString(out.resolve("2026-11").resolve(name), name);
			assertThat(folder.find("2026-11", name, Audience.REPORTS)).hasFileName(name);
			assertThat(folder.list("2026-11", Audience.REPORTS)).extracting(Download::name).contains(name);
		}
	}

}
