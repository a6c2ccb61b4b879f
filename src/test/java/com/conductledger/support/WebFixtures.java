package com.conductledger.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.conductledger.security.LedgerRole;
import com.conductledger.security.UserAccounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Signed-in users of each role, and uploads built from real files, for the web tests. */
public final class WebFixtures {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private WebFixtures() {
	}

	public static RequestPostProcessor qa() {
		return user("qa.user").roles("QA");
	}

	public static RequestPostProcessor manager() {
		return user("manager.user").roles("MANAGER");
	}

	public static RequestPostProcessor payroll() {
		return user("payroll.user").roles("PAYROLL");
	}

	public static RequestPostProcessor admin() {
		return user("admin.user").roles("ADMIN");
	}

	/** An agent: {@link #AGENT} must be an account linked to A0001 ({@link #linkPeople}). */
	public static RequestPostProcessor agent() {
		return user(AGENT).roles("AGENT");
	}

	/** A team lead: {@link #TEAM_LEAD} must be an account linked to L01, who leads A0001-A0012 ({@link #linkPeople}). */
	public static RequestPostProcessor teamLead() {
		return user(TEAM_LEAD).roles("TEAM_LEAD");
	}

	public static final String AGENT = "agent.user";

	public static final String TEAM_LEAD = "lead.user";

	/**
	 * Accounts behind the signed-in users of each role (the person links of the agent and the team
	 * lead are read from them); made once, and only while A0001 and L01 are in the database.
	 */
	public static void linkPeople(UserAccounts accounts) {
		ensure(accounts, "qa.user", EnumSet.of(LedgerRole.QA), null);
		ensure(accounts, "manager.user", EnumSet.of(LedgerRole.MANAGER), null);
		ensure(accounts, "payroll.user", EnumSet.of(LedgerRole.PAYROLL), null);
		ensure(accounts, "admin.user", EnumSet.of(LedgerRole.ADMIN), null);
		ensure(accounts, AGENT, EnumSet.of(LedgerRole.AGENT), "A0001");
		ensure(accounts, TEAM_LEAD, EnumSet.of(LedgerRole.TEAM_LEAD), "L01");
	}

	/**
	 * Removes the accounts linked to a person other than the agent's and the team lead's (those a
	 * test made in bulk or linked), so that every person of the sample is free to link again.
	 */
	public static void unlinkOthers(JdbcTemplate jdbc) {
		jdbc.update("delete from app_user where person_id is not null and username not in (?, ?)", AGENT, TEAM_LEAD);
	}

	private static void ensure(UserAccounts accounts, String username, Set<LedgerRole> roles, String personId) {
		if (accounts.list().stream().noneMatch(user -> user.username().equals(username))) {
			accounts.create(username, username, "fixture-" + roles.iterator().next().name().toLowerCase() + "-password",
					roles, personId);
		}
	}

	/** An evaluation workbook for the people of {@code ingest/month/agents.csv}: row 2 good, row 3 with a month 13. */
	public static MockMultipartFile workbookWithABadDate(Path folder, String fileName) throws IOException {
		Path file = EvaluationWorkbook.withDateCells()
			.row("W-1", LocalDate.of(2026, 11, 4), "A001", "CALL-1", "S01", 10, 20, 30, 20, 10, 10, "", "满分")
			.row("W-2", "2026-13-01", "A002", "CALL-2", "S01", 9, 18, 28, 18, 9, 9, "", "")
			.writeTo(folder.resolve(fileName));
		return new MockMultipartFile("files", fileName, XLSX, Files.readAllBytes(file));
	}

	/** A period's output folder, emptied, as the run would find it. */
	public static Path emptyOutputFolder(String period) throws IOException {
		Path folder = Path.of(WebIntegrationTest.OUTPUT_DIR, period);
		if (Files.isDirectory(folder)) {
			try (var files = Files.walk(folder)) {
				for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
					if (!file.equals(folder)) {
						Files.delete(file);
					}
				}
			}
		}
		return Files.createDirectories(folder);
	}

	public static MockMultipartFile csv(String fileName, String content) {
		return new MockMultipartFile("files", fileName, "text/csv", content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
