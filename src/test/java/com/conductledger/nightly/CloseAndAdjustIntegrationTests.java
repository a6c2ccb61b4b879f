package com.conductledger.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

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

import com.conductledger.lease.ProcessIdentity;
import com.conductledger.lease.RunLease;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.scoring.job.LedgerStore;
import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The monthly close and late data: the first night after the cut-off closes the period with a
 * final payroll file; a late row for it becomes an adjustment in the next open period, referring
 * to the closed period and its source row, and the closed payroll never changes.
 */
@SpringBootTest
@ActiveProfiles("test")
class CloseAndAdjustIntegrationTests {

	@TempDir
	static Path work;

	@DynamicPropertySource
	static void folders(DynamicPropertyRegistry registry) {
		registry.add("ledger.inbox-dir", () -> work.resolve("inbox").toString());
		registry.add("ledger.output-dir", () -> work.resolve("out").toString());
	}

	@Autowired
	NightlyRun nightly;

	@Autowired
	RunLease lease;

	@Autowired
	PeriodRegistry periods;

	@Autowired
	LedgerStore ledger;

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
	void theFirstNightAfterTheCutoffClosesThePeriodWithAFinalPayroll() throws IOException {
		assertThat(nightly.run(LocalDate.of(2026, 11, 26))).isTrue();

		assertThat(periods.find("2026-11")).hasValueSatisfying(status -> {
			assertThat(status.state()).isEqualTo(PeriodStatus.State.FINAL);
			assertThat(status.closedAt()).isNotNull();
		});
		assertThat(periods.find("2026-12")).hasValueSatisfying(
				status -> assertThat(status.state()).isEqualTo(PeriodStatus.State.DRAFT));
		assertThat(Files.readString(work.resolve("out/2026-11/payroll-2026-11.manifest.json"))).contains("\"final\": true");
		assertThat(Files.readString(work.resolve("out/2026-12/payroll-2026-12.manifest.json"))).contains("\"final\": false");
		try (Stream<Path> left = Files.list(work.resolve("inbox"))) {
			assertThat(left.map(path -> path.getFileName().toString())).containsExactly("processed");
		}
	}

	@Test
	void aLateRowForAClosedPeriodBecomesAnAdjustmentInTheNextOpenPeriod() throws IOException {
		nightly.run(LocalDate.of(2026, 11, 26));
		byte[] closedPayroll = Files.readAllBytes(work.resolve("out/2026-11/payroll-2026-11.csv"));
		byte[] closedManifest = Files.readAllBytes(work.resolve("out/2026-11/payroll-2026-11.manifest.json"));
		List<LedgerStore.StoredEntry> closedLedger = entries("2026-11");
		assertThat(closedLedger).anySatisfy(stored -> assertThat(stored.entry().toString())
			.contains("A0001, ruleId=ATT-ABSENT").contains("date=2026-11-07, shift=EVENING"));
		Files.writeString(work.resolve("inbox/attendance.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A0001,2026-11-07,EVENING,2026-11-07T13:45,2026-11-07T22:00
				""");

		nightly.run(LocalDate.of(2026, 11, 27));

		assertThat(Files.readAllBytes(work.resolve("out/2026-11/payroll-2026-11.csv"))).isEqualTo(closedPayroll);
		assertThat(Files.readAllBytes(work.resolve("out/2026-11/payroll-2026-11.manifest.json"))).isEqualTo(closedManifest);
		assertThat(entries("2026-11")).isEqualTo(closedLedger);
		assertThat(entries("2026-12")).extracting(stored -> stored.entry().personId(), stored -> stored.entry().ruleId(),
				stored -> stored.entry().points(), stored -> stored.entry().source().toString(), LedgerStore.StoredEntry::originalPeriod)
			.containsExactly(tuple("A0001", "ATT-ABSENT", -10, "roster.csv row 80", "2026-11"));
		assertThat(Files.readString(work.resolve("out/2026-12/payroll-2026-12.csv")))
			.contains("2026-12,A0001,王玲,-10,-100.00,0.00,100.00,1");
	}

	@Test
	void anotherNightWithoutNewDataKeepsTheAdjustmentOnceNotTwice() throws IOException {
		nightly.run(LocalDate.of(2026, 11, 26));
		Files.writeString(work.resolve("inbox/attendance.csv"), """
				agent_id,date,shift,sign_in,sign_out
				A0001,2026-11-07,EVENING,2026-11-07T13:45,2026-11-07T22:00
				""");
		nightly.run(LocalDate.of(2026, 11, 27));

		nightly.run(LocalDate.of(2026, 11, 28));

		assertThat(entries("2026-12")).extracting(stored -> stored.entry().points()).containsExactly(-10);
	}

	@Test
	void onlyOneRunHoldsTheDatabaseLeaseAtATime() {
		Optional<RunLease.Held> first = lease.tryAcquire("instance-a");
		assertThat(first).isPresent();
		assertThat(lease.tryAcquire("instance-b")).isEmpty();
		assertThat(lease.holder()).contains("instance-a", "process " + ProcessHandle.current().pid());
		assertThat(nightly.run(LocalDate.of(2026, 11, 26))).isFalse();

		first.get().close();

		Optional<RunLease.Held> second = lease.tryAcquire("instance-b");
		assertThat(second).isPresent();
		second.get().close();
	}

	@Test
	void aLeaseHeldByAProcessOfThisHostThatIsGoneIsTakenOverAtOnce() {
		ProcessIdentity gone = new ProcessIdentity(ProcessIdentity.current().host(), Long.MAX_VALUE / 2, 1L);
		jdbc.update("update job_lock set owner = ?, locked_until = ? where name = 'nightly'", gone + " dead run 2026-11",
				java.time.LocalDateTime.now().plusHours(1));
		ProcessIdentity alive = new ProcessIdentity("another-host", ProcessHandle.current().pid(), 1L);

		Optional<RunLease.Held> taken = lease.tryAcquire("rerun");
		assertThat(taken).as("the holder's process is gone").isPresent();
		taken.get().close();

		jdbc.update("update job_lock set owner = ?, locked_until = ? where name = 'nightly'", alive + " run elsewhere",
				java.time.LocalDateTime.now().plusHours(1));
		assertThat(lease.tryAcquire("rerun")).as("a holder on another host is waited for until its lease runs out")
			.isEmpty();
	}

	private List<LedgerStore.StoredEntry> entries(String period) {
		List<LedgerStore.StoredEntry> entries = new ArrayList<>();
		ledger.forEachEntry(period, entries::add);
		return entries;
	}

}
