package com.conductledger.reporting;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.conductledger.period.Period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TeamPackFilesTests {

	private static final Period NOVEMBER = Period.of("2026-11", com.conductledger.period.CutoffDay.parse("25"));

	@Test
	void onRequestTheRunWritesTeamPacksAtTheCloseOnlyAndEveryRunAlways() {
		TeamPackFiles onRequest = new TeamPackFiles("on-request", Path.of("out"), null, null, null);
		TeamPackFiles everyRun = new TeamPackFiles(" Every-Run ", Path.of("out"), null, null, null);

		assertThat(onRequest.writtenByRun(false)).isFalse();
		assertThat(onRequest.writtenByRun(true)).isTrue();
		assertThat(everyRun.writtenByRun(false)).isTrue();
		assertThat(everyRun.writtenByRun(true)).isTrue();
	}

	@Test
	void aModeOtherThanTheTwoIsRefusedNamingThem() {
		assertThatThrownBy(() -> new TeamPackFiles("nightly", Path.of("out"), null, null, null))
			.hasMessage("ledger.reports.team-packs must be on-request or every-run, got 'nightly'");
	}

	@Test
	void removingTheKeptPacksLeavesThePeriodsOtherFilesAndAnotherPeriodsPacks(@TempDir Path folder) throws Exception {
		for (String name : new String[] { "scorecards-2026-11.pdf", "scorecards-2026-11.xlsx", "scorecards-2026-11-T01.pdf",
				"scorecards-2026-11-团队_B.pdf", "scorecards-2026-10-T01.pdf", "ledger-2026-11.csv" }) {
			Files.writeString(folder.resolve(name), name);
		}
		Path rendering = Files.createDirectories(folder.resolve(".rendering"));
		Path old = Files.writeString(rendering.resolve("team-pack-1.pdf"), "served an hour ago");
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofMinutes(61))));
		Path underWay = Files.writeString(rendering.resolve("team-pack-2.pdf"), "being rendered");

		assertThat(TeamPackFiles.removeKept(folder, NOVEMBER)).isEqualTo(2);

		try (var files = Files.list(folder)) {
			assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder(
					"scorecards-2026-11.pdf", "scorecards-2026-11.xlsx", "scorecards-2026-10-T01.pdf", "ledger-2026-11.csv",
					".rendering");
		}
		assertThat(old).doesNotExist();
		assertThat(underWay).exists();
	}

}
