package com.conductledger.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import com.conductledger.ingest.FileOutcome.Result;
import com.conductledger.support.EvaluationWorkbook;
import com.conductledger.support.LedgerTables;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * agents.csv a night late (issue 8, item 7): the rows rejected only because their people were not
 * yet known are taken once an agents file names them, exactly once, with their own file and row as
 * their source, and the rejected rows stop listing them. Runs on H2 here and on the MySQL server in
 * {@code LateAgentsMySqlIntegrationTests}.
 */
@SpringBootTest
@ActiveProfiles("test")
class LateAgentsIntegrationTests {

	private static final String AGENTS_HEADER = "agent_id,name,team,job_type,skill_level,role,team_lead_id\n";

	@Autowired
	FolderIngest folderIngest;

	@Autowired
	PeopleFileCheck peopleFileCheck;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path night;

	@BeforeEach
	void emptyDatabase() {
		LedgerTables.empty(jdbc);
	}

	@Test
	void rowsThatWaitedForTheirPeopleAreTakenWhenTheAgentsFileComesWithTheirOwnSource() throws IOException {
		firstNightWithoutAgents();

		FileOutcome agents = folderIngest.ingestFile(agentsFile("A001", "A002"), "agents.csv", InputKind.AGENTS);

		assertThat(agents.retried()).extracting(RetriedRows::file, RetriedRows::taken, RetriedRows::stillWaiting)
			.containsExactly(tuple("roster.csv", 3, 0), tuple("evaluations/qa.xlsx", 1, 0));
		assertThat(jdbc.queryForList("select r.agent_id, r.source_row, f.file_name from roster_shift r "
				+ "join source_file f on f.id = r.source_file_id order by r.source_row"))
			.extracting(row -> row.get("agent_id") + "@" + row.get("file_name") + ":" + row.get("source_row"))
			.containsExactly("A001@roster.csv:2", "A002@roster.csv:3", "A001@roster.csv:4");
		assertThat(jdbc.queryForObject("select evaluator_id from qa_evaluation where evaluation_id = 'E-1'", String.class))
			.isEqualTo("Q07");
		assertThat(unresolvedRejections()).isZero();
		assertThat(jdbc.queryForList("select file_name, rows_taken, rows_rejected from source_file where kind <> 'AGENTS' "
				+ "order by id"))
			.extracting(row -> row.get("file_name") + " " + row.get("rows_taken") + "/" + row.get("rows_rejected"))
			.containsExactly("roster.csv 3/0", "evaluations/qa.xlsx 1/0");
	}

	@Test
	void aRetriedRowIsTakenOnceWhateverComesAfter() throws IOException {
		firstNightWithoutAgents();
		folderIngest.ingestFile(agentsFile("A001", "A002"), "agents.csv", InputKind.AGENTS);

		FileOutcome sameAgain = folderIngest.ingestFile(agentsFile("A001", "A002"), "agents.csv", InputKind.AGENTS);
		FileOutcome anotherAgentsFile = folderIngest.ingestFile(agentsFile("A001", "A002", "A003"), "agents-2.csv",
				InputKind.AGENTS);

		assertThat(sameAgain.result()).isEqualTo(Result.UNCHANGED);
		assertThat(anotherAgentsFile.retried()).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from fact_revision where kind = 'ROSTER'", Integer.class))
			.isEqualTo(3);
		assertThat(jdbc.queryForObject("select count(*) from roster_shift", Integer.class)).isEqualTo(3);
	}

	@Test
	void aPersonStillMissingKeepsTheRowWaitingAndARowWithAnotherProblemIsNotRetried() throws IOException {
		Files.writeString(night.resolve("roster.csv"), """
				agent_id,date,shift,start,end
				A001,2026-11-02,DAY,08:00,16:00
				A009,2026-11-02,DAY,08:00,16:00
				A002,2026-11-31,DAY,08:00,16:00
				""");
		folderIngest.ingest(night);

		FileOutcome agents = folderIngest.ingestFile(agentsFile("A001", "A002"), "agents.csv", InputKind.AGENTS);

		assertThat(agents.retried()).extracting(RetriedRows::taken, RetriedRows::stillWaiting).containsExactly(tuple(1, 0));
		assertThat(jdbc.queryForList("select row_no, reason from rejected_row where resolved_at is null order by row_no"))
			.extracting(row -> row.get("row_no") + " " + row.get("reason"))
			.containsExactly("3 unknown agent: not in agents.csv", "4 unknown agent: not in agents.csv",
					"4 must be a date YYYY-MM-DD or YYYY/M/D");
	}

	@Test
	void aRowHeldBackDoesNotUndoWhatALaterFileSaidOfTheSameFact() throws IOException {
		folderIngest.ingestFile(agentsFile("A001", "S01"), "agents.csv", InputKind.AGENTS);
		Files.writeString(night.resolve("leave.csv"), leave("LV1", "PENDING", "S99"));
		folderIngest.ingest(night);
		Files.writeString(night.resolve("leave.csv"), leave("LV1", "APPROVED", "S01"));
		folderIngest.ingest(night);

		FileOutcome agents = folderIngest.ingestFile(agentsFile("A001", "S01", "S99"), "agents-2.csv", InputKind.AGENTS);

		assertThat(agents.retried()).extracting(RetriedRows::taken, RetriedRows::rejectedAnew).containsExactly(tuple(0, 1));
		assertThat(jdbc.queryForObject("select status from leave_request where leave_id = 'LV1'", String.class))
			.isEqualTo("APPROVED");
		assertThat(jdbc.queryForObject("select reason from rejected_row where resolved_at is null", String.class))
			.startsWith("not taken when its people became known: leave.csv, row 2, received later");
	}

	@Test
	void thePeopleFileCheckSaysMissingFailedOrWaiting() throws IOException {
		LocalDate from = LocalDate.of(2026, 10, 26);
		LocalDate to = LocalDate.of(2026, 11, 25);
		firstNightWithoutAgents();

		PeopleFileCheck.Result missing = peopleFileCheck.check(from, to);
		folderIngest.ingestFile(agentsFile("A001"), "agents.csv", InputKind.AGENTS);
		PeopleFileCheck.Result waiting = peopleFileCheck.check(from, to);
		Path utf16 = Files.write(night.resolve("agents-utf16.csv"),
				(AGENTS_HEADER + "A002,李娜,T01,VOICE,3,AGENT,\n").getBytes(java.nio.charset.StandardCharsets.UTF_16));
		folderIngest.ingestFile(utf16, "agents-2026-11-03.csv", InputKind.AGENTS);
		PeopleFileCheck.Result failed = peopleFileCheck.check(from, to);

		assertThat(missing.state()).isEqualTo(PeopleFileCheck.State.MISSING);
		assertThat(missing.warnings()).first().asString().startsWith("no people file (agents.csv) has been taken");
		assertThat(waiting.state()).isEqualTo(PeopleFileCheck.State.OK);
		assertThat(waiting.warnings()).containsExactly(
				"1 row(s) of this period wait for people not in agents.csv (A002): they are taken once an agents file names them");
		assertThat(failed.state()).isEqualTo(PeopleFileCheck.State.FAILED);
		assertThat(failed.warnings().get(0)).startsWith("the latest people file, agents-2026-11-03.csv (received ")
			.contains("was not taken: agents-2026-11-03.csv is UTF-16");
	}

	@Test
	void evaluationsRejectedBeforeTheUpgradeForTheirEvaluatorAreTakenOnTheNextRun() throws IOException {
		folderIngest.ingestFile(agentsFile("A001"), "agents.csv", InputKind.AGENTS);
		EvaluationWorkbook.withDateCells()
			.row("E-9", LocalDate.of(2026, 11, 2), "A001", "CALL-9", "Q07", 9, 18, 28, 18, 9, 9, "C08", "")
			.writeTo(night.resolve("evaluations/qa-old.xlsx"));
		folderIngest.ingest(night);
		asTheOldVersionRejectedIt("E-9", "evaluator_id", "Q07");

		for (String statement : Files.readString(Path.of("src/main/resources/db/migration/V8_3__waiting_rows_of_before.sql"))
			.replaceAll("(?m)^--.*$", "")
			.split(";")) {
			if (!statement.isBlank()) {
				jdbc.update(statement);
			}
		}
		IngestReport nextRun = folderIngest.ingest(Files.createDirectories(night.resolve("empty")));

		assertThat(nextRun.retriedFirst()).extracting(RetriedRows::file, RetriedRows::taken)
			.containsExactly(tuple("evaluations/qa-old.xlsx", 1));
		assertThat(jdbc.queryForList("select code from qa_conduct_code where evaluation_id = 'E-9'", String.class))
			.containsExactly("C08");
		assertThat(unresolvedRejections()).isZero();
	}

	/** What the version before issue 8 left of a row whose evaluator was not in agents.csv: no fact, one rejection. */
	private void asTheOldVersionRejectedIt(String evaluationId, String column, String value) {
		long file = jdbc.queryForObject("select source_file_id from qa_evaluation where evaluation_id = ?", Long.class,
				evaluationId);
		for (String table : List.of("qa_conduct_code", "qa_item_score", "qa_evaluation")) {
			jdbc.update("delete from " + table + " where evaluation_id = ?", evaluationId);
		}
		jdbc.update("delete from fact_revision where fact_key = ?", evaluationId);
		jdbc.update("insert into rejected_row (source_file_id, sheet, row_no, column_name, cell_value, reason) "
				+ "values (?, '评估', 2, ?, ?, 'unknown agent: not in agents.csv')", file, column, value);
		jdbc.update("update source_file set rows_taken = 0, rows_rejected = 1 where id = ?", file);
	}

	/** Roster and an evaluation arrive before anyone is known: every row waits for people. */
	private void firstNightWithoutAgents() throws IOException {
		Files.writeString(night.resolve("roster.csv"), """
				agent_id,date,shift,start,end
				A001,2026-11-02,DAY,08:00,16:00
				A002,2026-11-02,EVENING,14:00,22:00
				A001,2026-11-03,DAY,08:00,16:00
				""");
		EvaluationWorkbook.withDateCells()
			.row("E-1", LocalDate.of(2026, 11, 2), "A001", "CALL-1", "Q07", 9, 18, 28, 18, 9, 9, "", "")
			.writeTo(night.resolve("evaluations/qa.xlsx"));
		IngestReport first = folderIngest.ingest(night);
		assertThat(first.files()).extracting(FileOutcome::taken, FileOutcome::rejected)
			.containsExactly(tuple(0, 3), tuple(0, 1));
	}

	private Path agentsFile(String... ids) throws IOException {
		StringBuilder text = new StringBuilder(AGENTS_HEADER);
		for (String id : ids) {
			String role = id.startsWith("S") ? "SUPERVISOR" : "AGENT";
			text.append(id).append(",姓名").append(id).append(",T01,VOICE,3,").append(role).append(",\n");
		}
		Path file = Files.createDirectories(night.resolve("agents-drop")).resolve("agents-" + List.of(ids) + ".csv");
		return Files.writeString(file, text);
	}

	private static String leave(String id, String status, String approver) {
		return "leave_id,agent_id,type,urgent,first_date,last_date,requested_at,submitted_by,status,approver_id,"
				+ "approved_at,certificate,certificate_submitted_on\n" + id + ",A001,PERSONAL,N,2026-11-10,2026-11-10,"
				+ "2026-11-01T09:00,A001," + status + "," + approver + ",,N,\n";
	}

	private int unresolvedRejections() {
		return jdbc.queryForObject("select count(*) from rejected_row where resolved_at is null", Integer.class);
	}

}
