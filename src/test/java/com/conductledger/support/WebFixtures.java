package com.conductledger.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

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
			try (var files = Files.list(folder)) {
				for (Path file : files.toList()) {
					Files.delete(file);
				}
			}
		}
		return Files.createDirectories(folder);
	}

	public static MockMultipartFile csv(String fileName, String content) {
		return new MockMultipartFile("files", fileName, "text/csv", content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

}
