package com.conductledger.nightly;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

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
 * agents.csv reaches the inbox a night after the rest of the month: the first night's payroll says
 * that no people file was taken; the next night the rows that waited are taken and the payroll is
 * the month's, without a warning.
 */
@SpringBootTest
@ActiveProfiles("test")
class NightlyLateAgentsIntegrationTests {

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

	@BeforeEach
	void theSampleMonthWithoutItsPeopleFileInTheInbox() throws IOException {
		LedgerTables.empty(jdbc);
		jdbc.update("update job_lock set owner = null, locked_until = '2000-01-01 00:00:00' where name = 'nightly'");
		FileSystemUtils.deleteRecursively(work);
		FileSystemUtils.copyRecursively(SampleData.november(), work.resolve("inbox"));
		Files.delete(work.resolve("inbox/agents.csv"));
	}

	@Test
	void thePeopleFileOneNightLateLetsTheMonthBeScoredInFull() throws IOException {
		Path manifest = work.resolve("out/2026-11/payroll-2026-11.manifest.json");

		nightly.run(LocalDate.of(2026, 11, 20));

		assertThat(Files.readString(manifest)).contains("\"rows\": 0", "\"people_file\": \"MISSING\"",
				"no people file (agents.csv) has been taken");

		Files.copy(Path.of("sample-data/agents.csv"), work.resolve("inbox/agents.csv"));
		nightly.run(LocalDate.of(2026, 11, 21));

		assertThat(Files.readString(manifest)).contains("\"rows\": 39", "\"total_deduction_points\": 416",
				"\"people_file\": \"OK\"", "\"warnings\": []");
		assertThat(jdbc.queryForObject("select count(*) from rejected_row where resolved_at is null", Integer.class))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from rejected_row where resolved_at is not null "
				+ "and resolved_by_file_id = (select id from source_file where kind = 'AGENTS')", Integer.class))
			.isGreaterThan(2000);
		assertThat(work.resolve("inbox/agents.csv")).as("taken, so moved out of the inbox").doesNotExist();
	}

}
