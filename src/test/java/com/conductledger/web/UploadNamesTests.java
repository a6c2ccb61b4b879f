package com.conductledger.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UploadNamesTests {

	@Test
	void foldersAreDroppedFromTheName() {
		assertThat(UploadNames.sanitise("../../etc/roster.csv")).isEqualTo("roster.csv");
		assertThat(UploadNames.sanitise("C:\\Users\\qa\\质检 11月.xlsx")).isEqualTo("质检 11月.xlsx");
	}

	@Test
	void shellAndControlCharactersBecomeUnderscoresAndLeadingDotsGo() {
		assertThat(UploadNames.sanitise("..qa;rm -rf $HOME\n.xlsx")).isEqualTo("qa_rm -rf _HOME_.xlsx");
	}

	@Test
	void aLongNameIsCutButKeepsItsExtension() {
		String name = UploadNames.sanitise("a".repeat(300) + ".xlsx");

		assertThat(name).hasSize(120).endsWith(".xlsx");
	}

	@Test
	void aNameOfNothingBecomesUpload() {
		assertThat(UploadNames.sanitise("  ")).isEqualTo("upload");
		assertThat(UploadNames.sanitise(null)).isEqualTo("upload");
	}

}
