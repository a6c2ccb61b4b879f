package com.conductledger.ingest.store;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The text a bulk load sends the server: one line a row, a tab between fields, what would end either escaped. */
class BulkLoadTests {

	@Test
	void aNullIsBackslashNAndTheTextBackslashNIsNotNull() {
		assertThat(field(null)).isEqualTo("\\N");
		assertThat(field("\\N")).isEqualTo("\\\\N");
		assertThat(field("")).isEmpty();
	}

	@Test
	void whatWouldEndAFieldOrALineIsEscaped() {
		assertThat(field("a\tb\nc\rd\\e\0f")).isEqualTo("a\\tb\\nc\\rd\\\\e\\0f");
		assertThat(field("王小明 'x' \"y\"")).isEqualTo("王小明 'x' \"y\"");
	}

	@Test
	void numbersFlagsDatesAndTimesAreWrittenAsTheServerReadsThem() {
		assertThat(field(true)).isEqualTo("1");
		assertThat(field(false)).isEqualTo("0");
		assertThat(field(42)).isEqualTo("42");
		assertThat(field(7L)).isEqualTo("7");
		assertThat(field(new BigDecimal("1E+1"))).isEqualTo("10");
		assertThat(field(new BigDecimal("9.50"))).isEqualTo("9.50");
		assertThat(field(LocalDate.of(2026, 11, 25))).isEqualTo("2026-11-25");
		assertThat(field(LocalTime.of(8, 0))).isEqualTo("08:00:00");
		assertThat(field(LocalDateTime.of(2026, 11, 25, 23, 59, 30))).isEqualTo("2026-11-25 23:59:30");
		assertThat(field(LocalDateTime.of(2026, 11, 25, 0, 0))).isEqualTo("2026-11-25 00:00:00");
	}

	@Test
	void aValueOfAnotherKindIsRefusedRatherThanGuessed() {
		assertThatThrownBy(() -> field(new ArrayList<>())).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("java.util.ArrayList");
	}

	@Test
	void rowsAreLinesOfTabSeparatedFieldsInUtf8() {
		List<Object[]> rows = List.of(new Object[] { "A1", LocalDate.of(2026, 11, 1), null },
				new Object[] { "王", LocalDate.of(2026, 11, 2), 3 });

		String text = new String(BulkLoad.tabSeparated(rows), StandardCharsets.UTF_8);

		assertThat(text).isEqualTo("A1\t2026-11-01\t\\N\n王\t2026-11-02\t3\n");
		assertThat(Arrays.copyOfRange(BulkLoad.tabSeparated(rows), 17, 20))
			.isEqualTo("王".getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void theStatementNamesTheFileTheTableAndTheColumnsInOrder() {
		assertThat(BulkLoad.statement(Path.of("/var/lib/ledger/it's/roster-1.tsv"), true, "roster_shift",
				List.of("agent_id", "shift_date"))).isEqualTo("load data local infile '/var/lib/ledger/it\\'s/roster-1.tsv' "
						+ "replace into table roster_shift character set utf8mb4 fields terminated by '\\t' escaped by '\\\\' "
						+ "lines terminated by '\\n' (agent_id, shift_date)");
		assertThat(BulkLoad.statement(Path.of("/tmp/a.tsv"), false, "fact_revision", List.of("kind")))
			.startsWith("load data local infile '/tmp/a.tsv' into table fact_revision ");
	}

	private static String field(Object value) {
		StringBuilder text = new StringBuilder();
		BulkLoad.appendField(text, value);
		return text.toString();
	}

}
