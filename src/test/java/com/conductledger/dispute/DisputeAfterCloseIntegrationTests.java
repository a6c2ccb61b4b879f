package com.conductledger.dispute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import com.conductledger.nightly.NightlyRun;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.security.LedgerRole;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A dispute open at the close does not hold it; resolved after, its correction lands in the next open
 * period with the closed period as original period, and the FINAL payroll stays byte for byte as closed.
 */
@SpringBootTest
@ActiveProfiles("test")
class DisputeAfterCloseIntegrationTests {

	@TempDir
	static Path work;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("ledger.inbox-dir", () -> work.resolve("inbox").toString());
		registry.add("ledger.output-dir", () -> work.resolve("out").toString());
	}

	private static final Actor AGENT = new Actor("agent.a0001", "A0001", Set.of(LedgerRole.AGENT));

	private static final Actor MANAGER = new Actor("manager.m", null, Set.of(LedgerRole.MANAGER));

	@Autowired
	NightlyRun nightly;

	@Autowired
	PeriodRegistry periods;

	@Autowired
	LedgerStore ledger;

	@Autowired
	DisputeService disputes;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void sampleMonthInTheInbox() throws IOException {
		LedgerTables.empty(jdbc);
		jdbc.update("delete from job_lock where name = 'nightly'");
		jdbc.update("insert into job_lock (name, owner, locked_until) values ('nightly', null, '2000-01-01 00:00:00')");
		FileSystemUtils.deleteRecursively(work.resolve("inbox"));
		FileSystemUtils.deleteRecursively(work.resolve("out"));
		FileSystemUtils.copyRecursively(SampleData.november(), work.resolve("inbox"));
	}

	@Test
	void aDisputeOpenAtTheCloseIsCorrectedInTheNextOpenPeriodAndTheFinalPayrollStays() throws IOException {
		nightly.run(LocalDate.of(2026, 11, 25));
		LedgerStore.StoredEntry absence = entries("2026-11").stream()
			.filter(stored -> stored.entry().personId().equals("A0001") && stored.entry().ruleId().equals("ATT-ABSENT")
					&& stored.entry().date().equals(LocalDate.of(2026, 11, 7)))
			.findFirst()
			.orElseThrow();
		Dispute dispute = disputes.raise(AGENT, new RaiseRequest(absence.id(), null, "我换了班 I swapped that shift", null, null, null));

		nightly.run(LocalDate.of(2026, 11, 26));

		assertThat(periods.find("2026-11")).hasValueSatisfying(status -> assertThat(status.isFinal()).isTrue());
		byte[] closedPayroll = Files.readAllBytes(work.resolve("out/2026-11/payroll-2026-11.csv"));
		byte[] closedManifest = Files.readAllBytes(work.resolve("out/2026-11/payroll-2026-11.manifest.json"));
		List<LedgerStore.StoredEntry> closedLedger = entries("2026-11");
		assertThat(closedLedger).contains(absence);
		assertThat(disputes.visible(AGENT, dispute.id()).state()).isEqualTo(DisputeState.OPEN);

		Dispute waived = disputes.resolve(MANAGER, dispute.id(), new ResolveRequest("WAIVED", "换班已批准 the swap was approved", null, null));
		assertThat(waived.resolution().correctionPeriod()).isEqualTo("2026-12");
		nightly.run(LocalDate.of(2026, 11, 27));

		assertThat(Files.readAllBytes(work.resolve("out/2026-11/payroll-2026-11.csv"))).isEqualTo(closedPayroll);
		assertThat(Files.readAllBytes(work.resolve("out/2026-11/payroll-2026-11.manifest.json"))).isEqualTo(closedManifest);
		assertThat(entries("2026-11")).isEqualTo(closedLedger);
		assertThat(entries("2026-12")).extracting(stored -> stored.entry().personId(), stored -> stored.entry().ruleId(),
				stored -> stored.entry().points(), stored -> stored.entry().date(), stored -> stored.entry().reasons().get(0),
				LedgerStore.StoredEntry::originalPeriod)
			.containsExactly(tuple("A0001", "DISPUTE-CORRECTION", -10, absence.entry().date(),
					"dispute " + dispute.id() + ": 换班已批准 the swap was approved", "2026-11"));
		assertThat(Files.readString(work.resolve("out/2026-12/payroll-2026-12.csv")))
			.contains("2026-12,A0001,王玲,-10,-100.00,0.00,100.00,1");

		assertThat(disputesSheet("out/2026-11/scorecards-2026-11.xlsx")).as("the FINAL workbook, as closed")
			.containsExactly(List.of(dispute.id(), "A0001", "OPEN", "2026-11", ""));
		assertThat(disputesSheet("out/2026-12/scorecards-2026-12.xlsx"))
			.containsExactly(List.of(dispute.id(), "A0001", "WAIVED", "2026-11", "2026-12"));

		nightly.run(LocalDate.of(2026, 11, 28));

		assertThat(entries("2026-12")).extracting(stored -> stored.entry().points()).containsExactly(-10);
		assertThat(periods.find("2026-12")).hasValueSatisfying(
				status -> assertThat(status.state()).isNotEqualTo(PeriodStatus.State.FINAL));
	}

	@Test
	void lateDataThatWithdrawsAWaivedEntryOfAClosedPeriodDoesNotTakeItsPointsTwice() throws IOException {
		nightly.run(LocalDate.of(2026, 11, 26));
		LedgerStore.StoredEntry absence = entries("2026-11").stream()
			.filter(stored -> stored.entry().personId().equals("A0001") && stored.entry().ruleId().equals("ATT-ABSENT")
					&& stored.entry().date().equals(LocalDate.of(2026, 11, 7)))
			.findFirst()
			.orElseThrow();
		jdbc.update("update first_scoring set first_seen_at = current_timestamp where item_key = ?", absence.id());
		Dispute dispute = disputes.raise(AGENT, new RaiseRequest(absence.id(), null, "I signed in", null, null, null));
		disputes.resolve(MANAGER, dispute.id(), new ResolveRequest("WAIVED", "sign-in found", null, null));
		nightly.run(LocalDate.of(2026, 11, 27));
		Files.writeString(work.resolve("inbox/attendance.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A0001,2026-11-07,EVENING,2026-11-07T13:45,2026-11-07T22:00
				""");

		nightly.run(LocalDate.of(2026, 11, 28));

		assertThat(entries("2026-12")).extracting(stored -> stored.entry().ruleId(), stored -> stored.entry().points())
			.containsExactly(tuple("DISPUTE-CORRECTION", -10));
	}

	@Test
	void lateDataForAClosedPeriodLeavesItsDisputeCorrectionsAlone() throws IOException {
		nightly.run(LocalDate.of(2026, 11, 25));
		LedgerStore.StoredEntry absence = entries("2026-11").stream()
			.filter(stored -> stored.entry().personId().equals("A0001") && stored.entry().ruleId().equals("ATT-ABSENT"))
			.findFirst()
			.orElseThrow();
		Dispute dispute = disputes.raise(AGENT, new RaiseRequest(absence.id(), null, "sick, with a note", null, null, null));
		disputes.resolve(MANAGER, dispute.id(), new ResolveRequest("WAIVED", "note seen", null, null));
		nightly.run(LocalDate.of(2026, 11, 26));
		assertThat(entries("2026-11")).filteredOn(stored -> stored.entry().ruleId().equals("DISPUTE-CORRECTION"))
			.extracting(stored -> stored.entry().points())
			.containsExactly(-absence.entry().points());
		Files.writeString(work.resolve("inbox/breaks.csv"), """
				agent_id,date,shift,out_at,back_at,approved
				A0013,2026-11-11,EVENING,2026-11-11T15:00,2026-11-11T15:20,true
				""");

		nightly.run(LocalDate.of(2026, 11, 27));

		assertThat(entries("2026-12")).noneMatch(stored -> stored.entry().ruleId().equals("DISPUTE-CORRECTION"))
			.noneMatch(stored -> stored.entry().personId().equals("A0001"))
			.anySatisfy(stored -> assertThat(stored.entry().toString()).contains("A0013", "BR-OVERTIME"));
	}

	/** The Disputes sheet's rows below its title and header: id, person, state, period, correction period. */
	private List<List<String>> disputesSheet(String file) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(work.resolve(file).toFile(), null, true)) {
			Sheet sheet = workbook.getSheet("Disputes");
			DataFormatter format = new DataFormatter();
			int header = -1;
			for (Row row : sheet) {
				if (header < 0) {
					if (format.formatCellValue(row.getCell(0)).startsWith("dispute_id")) {
						header = row.getRowNum();
					}
					continue;
				}
				rows.add(List.of(format.formatCellValue(row.getCell(0)), format.formatCellValue(row.getCell(1)),
						format.formatCellValue(row.getCell(3)), format.formatCellValue(row.getCell(4)),
						format.formatCellValue(row.getCell(17))));
			}
		}
		return rows;
	}

	private List<LedgerStore.StoredEntry> entries(String period) {
		List<LedgerStore.StoredEntry> entries = new ArrayList<>();
		ledger.forEachEntry(period, entries::add);
		return entries;
	}

}
