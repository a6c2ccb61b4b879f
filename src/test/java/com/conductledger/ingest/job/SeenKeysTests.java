package com.conductledger.ingest.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SeenKeysTests {

	@Test
	void aKeySeenBeforeGivesTheRowItWasFirstSeenAt() {
		SeenKeys seen = new SeenKeys();

		assertThat(seen.firstRowOf("A001|2026-11-02|DAY", 2)).isZero();
		assertThat(seen.firstRowOf("A001|2026-11-03|DAY", 3)).isZero();
		assertThat(seen.firstRowOf("A001|2026-11-02|DAY", 9)).isEqualTo(2);
	}

	@Test
	void aHundredThousandDistinctKeysAreAllNewAndAllRemembered() {
		SeenKeys seen = new SeenKeys();
		for (int i = 0; i < 100_000; i++) {
			assertThat(seen.firstRowOf("A" + i + "|2026-11-02|DAY", i + 2)).isZero();
		}

		assertThat(seen.size()).isEqualTo(100_000);
		assertThat(seen.firstRowOf("A77777|2026-11-02|DAY", 1)).isEqualTo(77_779);
	}

	@Test
	void keysThatDifferOnlyInCaseAreOneKeyAsTheMySqlServerComparesThem() {
		SeenKeys seen = new SeenKeys();

		assertThat(seen.firstRowOf("L-2026-001", 2)).isZero();
		assertThat(seen.firstRowOf("l-2026-001", 5)).isEqualTo(2);
		assertThat(seen.firstRowOf("L-2026-002", 6)).isZero();
	}

}
