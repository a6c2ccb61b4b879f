package com.conductledger.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

import com.conductledger.support.LedgerTables;
import com.conductledger.support.SampleData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly inbox takes the names the web upload takes: a team system's dated drops
 * ({@code roster-2026-11-26.csv}) beside the month's files are taken, every row once, and leave the
 * inbox; a file whose name is not an input stays in the inbox for a person to look at.
 */
@SpringBootTest
@ActiveProfiles("test")
class NightlyInboxIntegrationTests {

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
	JdbcTemplate jdbc;

	Path inbox;

	@BeforeEach
	void sampleMonthAndADatedDropInTheInbox() throws IOException {
		LedgerTables.empty(jdbc);
		jdbc.update("update job_lock set owner = null, locked_until = '2000-01-01 00:00:00' where name = 'nightly'");
		FileSystemUtils.deleteRecursively(work);
		inbox = work.resolve("inbox");
		FileSystemUtils.copyRecursively(SampleData.november(), inbox);
		Files.writeString(inbox.resolve("roster-2026-11-26.csv"), """
				agent_id,date,shift,start,end
				M01,2026-11-26,DAY,08:00,16:00
				S01,2026-11-26,DAY,08:00,16:00
				""");
		Files.writeString(inbox.resolve("attendance-2026-11-26.csv"), """
				agent_id,date,shift,sign_in,sign_out
				M01,2026-11-26,DAY,2026-11-26T07:45,2026-11-26T16:01
				S01,2026-11-26,DAY,2026-11-26T08:04,2026-11-26T16:00
				""");
		Files.writeString(inbox.resolve("breaks-2026-11-26.csv"), """
				agent_id,date,shift,out_at,back_at,approved
				S01,2026-11-26,DAY,2026-11-26T10:00,2026-11-26T10:09,true
				""");
		Files.writeString(inbox.resolve("rota-2026-11-26.csv"), "agent_id,date\n");
	}

	@Test
	void datedDropsAreTakenOnceAndLeaveTheInboxWhileAnUnknownNameStays() throws IOException {
		int roster = rows("sample-data/roster.csv");
		int attendance = rows("sample-data/attendance.csv");
		int breaks = rows("sample-data/breaks.csv");

		nightly.run(LocalDate.of(2026, 11, 27));
		nightly.run(LocalDate.of(2026, 11, 28));

		assertThat(count("roster_shift")).isEqualTo(roster + 2);
		assertThat(count("attendance")).isEqualTo(attendance + 2);
		assertThat(count("break_record")).isEqualTo(breaks + 1);
		assertThat(jdbc.queryForObject("select count(*) from fact_revision where source_file_id in "
				+ "(select id from source_file where file_name like '%-2026-11-26.csv')", Integer.class)).isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(*) from ledger_entry where person_id = 'S01' and rule_id = 'ATT-LATE' "
				+ "and entry_date = '2026-11-26' and run_id = (select current_run_id from scoring_period where period = '2026-12')",
				Integer.class)).isEqualTo(1);
		try (Stream<Path> left = Files.list(inbox)) {
			assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("processed",
					"rota-2026-11-26.csv");
		}
		try (Stream<Path> processed = Files.walk(inbox.resolve("processed"))) {
			assertThat(processed.map(path -> path.getFileName().toString())).contains("roster-2026-11-26.csv",
					"attendance-2026-11-26.csv", "breaks-2026-11-26.csv", "agents.csv");
		}
	}

	private int count(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Integer.class);
	}

	private static int rows(String csv) throws IOException {
		try (Stream<String> lines = Files.lines(Path.of(csv))) {
			return (int) lines.skip(1).filter(line -> !line.isBlank()).count();
		}
	}

}
