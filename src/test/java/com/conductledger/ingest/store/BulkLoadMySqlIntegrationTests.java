package com.conductledger.ingest.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.conductledger.ingest.MySqlTestServer;
import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The local-file loads on the MySQL-protocol server of {@code LEDGER_TEST_MYSQL_URL}: taken when
 * driver and server allow them (as the test server does: the writer's and the ingest's MySQL tests
 * then all go through them), refused for a folder the driver was not given, and a load the server
 * takes with a warning (here a name longer than its column, which a local file truncates instead of
 * failing) fails its transaction instead of keeping a cut name.
 */
@SpringBootTest
@ActiveProfiles("test")
@EnabledIfEnvironmentVariable(named = "LEDGER_TEST_MYSQL_URL", matches = ".+")
class BulkLoadMySqlIntegrationTests {

	@DynamicPropertySource
	static void mysqlServer(DynamicPropertyRegistry registry) throws SQLException {
		MySqlTestServer.register(registry);
	}

	@Autowired
	BulkLoad bulk;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Value("${ledger.ingest.load-dir}")
	Path folder;

	@BeforeEach
	void emptyDatabase() {
		LedgerTables.empty(jdbc);
	}

	@Test
	void theTestServerTakesLocalFilesSoTheMySqlTestsExerciseThem() {
		assertThat(bulk.usable()).isTrue();
	}

	@Test
	void aFolderTheDriverWasNotGivenIsNotUsedAndTheWriterKeepsItsStatements() {
		BulkLoad elsewhere = new BulkLoad(jdbc, dataSource, folder.resolveSibling(folder.getFileName() + "-other"), "auto");

		assertThat(elsewhere.usable()).isFalse();
	}

	@Test
	void theFileOfAProcessKilledDuringALoadIsRemovedByTheNextAndALiveOnesIsNot() throws Exception {
		Files.createDirectories(folder);
		Path ofEnded = Files.writeString(folder.resolve("roster_shift-999999999-12.tsv"), "A1\t2026-11-01\n");
		Path ofLive = Files.writeString(folder.resolve("roster_shift-" + ProcessHandle.current().pid() + "-999999.tsv"), "");

		assertThat(new BulkLoad(jdbc, dataSource, folder, "auto").usable()).isTrue();

		assertThat(ofEnded).doesNotExist();
		assertThat(ofLive).exists();
		Files.delete(ofLive);
	}

	@Test
	void offIsNeverUsedAndAnUnknownSettingIsRefused() {
		assertThat(new BulkLoad(jdbc, dataSource, folder, "off").usable()).isFalse();
		assertThatThrownBy(() -> new BulkLoad(jdbc, dataSource, folder, "sometimes"))
			.isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("ledger.ingest.load-data");
	}

	@Test
	void rowsLoadedInATransactionAreTakenAndTheirFileRemoved() throws Exception {
		List<Object[]> rows = List.of(new Object[] { LocalDate.of(2026, 10, 1), "国庆节\t(一)", 1, 2 },
				new Object[] { LocalDate.of(2026, 10, 2), "国庆节\\二", 1, 3 });
		new TransactionTemplate(transactionManager).executeWithoutResult(
				status -> bulk.insert("holiday", List.of("holiday_date", "name", "source_file_id", "source_row"), rows));

		assertThat(jdbc.queryForList("select name from holiday order by holiday_date", String.class))
			.containsExactly("国庆节\t(一)", "国庆节\\二");
		try (var files = Files.list(folder)) {
			assertThat(files.filter(file -> file.getFileName().toString().startsWith("holiday-")).toList()).isEmpty();
		}
	}

	@Test
	void aValueTheServerWouldCutFailsTheTransactionAndNothingIsKept() {
		String tooLong = "节".repeat(1_000);

		assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			bulk.insert("holiday", List.of("holiday_date", "name", "source_file_id", "source_row"),
					one(new Object[] { LocalDate.of(2026, 10, 1), "国庆节", 1, 2 }));
			bulk.insert("holiday", List.of("holiday_date", "name", "source_file_id", "source_row"),
					one(new Object[] { LocalDate.of(2026, 10, 2), tooLong, 1, 3 }));
		})).isInstanceOf(IllegalStateException.class).hasMessageContaining("holiday").hasMessageContaining("warning");

		assertThat(jdbc.queryForObject("select count(*) from holiday", Integer.class)).isZero();
	}

	@Test
	void aKeyAlreadyHeldFailsAnInsertInsteadOfBeingSkipped() {
		bulk.insert("holiday", List.of("holiday_date", "name", "source_file_id", "source_row"),
				one(new Object[] { LocalDate.of(2026, 10, 1), "国庆节", 1, 2 }));

		assertThatThrownBy(() -> bulk.insert("holiday", List.of("holiday_date", "name", "source_file_id", "source_row"),
				one(new Object[] { LocalDate.of(2026, 10, 1), "again", 1, 3 })))
			.isInstanceOf(IllegalStateException.class);
		assertThat(jdbc.queryForList("select name from holiday", String.class)).containsExactly("国庆节");
	}

	@Test
	void aReplaceIsUsedOnlyWhereTheRowsFillEveryColumn() {
		assertThat(bulk.fillsWholeRows("holiday", List.of("holiday_date", "name", "source_file_id", "source_row"))).isTrue();
		assertThat(bulk.fillsWholeRows("roster_shift", List.of("agent_id", "shift_date", "shift_code", "start_time",
				"source_file_id", "source_row"))).isFalse();
		assertThat(bulk.fillsWholeRows("attendance", List.of("agent_id", "shift_date", "shift_code", "sign_in", "sign_out",
				"source_file_id", "source_row"))).isTrue();
	}

	private static List<Object[]> one(Object[] row) {
		return java.util.Collections.singletonList(row);
	}

}
