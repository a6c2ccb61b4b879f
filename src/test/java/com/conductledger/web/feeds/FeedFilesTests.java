package com.conductledger.web.feeds;

import org.junit.jupiter.api.Test;

import com.conductledger.ingest.InputKind;
import com.conductledger.web.UploadTarget;

import static org.assertj.core.api.Assertions.assertThat;

class FeedFilesTests {

	@Test
	void theKindComesFromTheNameOfTheInputFolder() {
		assertThat(FeedFiles.target("Roster.CSV")).isEqualTo(UploadTarget.of("Roster.CSV", InputKind.ROSTER));
		assertThat(FeedFiles.target("swaps.csv").kind()).isEqualTo(InputKind.SWAPS);
	}

	@Test
	void aDatedNameIsTakenAsItsKind() {
		assertThat(FeedFiles.target("attendance-2026-11-03.csv").kind()).isEqualTo(InputKind.ATTENDANCE);
		assertThat(FeedFiles.target("breaks_20261103.csv").kind()).isEqualTo(InputKind.BREAKS);
	}

	@Test
	void anUnknownNameOrAWorkbookIsRefusedWithWhatToDo() {
		assertThat(FeedFiles.target("rostering.csv").refusal()).contains("roster.csv", "attendance.csv");
		assertThat(FeedFiles.target("roster.txt").refusal()).contains("cannot tell what this file is");
		assertThat(FeedFiles.target("qa.xlsx").refusal()).contains("QA page");
	}

}
