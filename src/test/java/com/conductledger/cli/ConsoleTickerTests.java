package com.conductledger.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import com.conductledger.progress.Progress;

import static org.assertj.core.api.Assertions.assertThat;

/** On a terminal, the run says every few seconds how far it has come, and only when something moved. */
class ConsoleTickerTests {

	@Test
	void theTickerPrintsThePhaseAndItsCountsAsTheyMove() throws InterruptedException {
		Progress progress = new Progress();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

		try (ConsoleTicker ticker = ConsoleTicker.start(progress, out, Duration.ofMillis(20))) {
			progress.phase("Ingest roster.csv", "rows", 0);
			progress.advance(500);
			waitFor(bytes, "Ingest roster.csv: 500 rows");
			progress.phase("Score 2026-11", "days", 31);
			progress.advance(12);
			waitFor(bytes, "Score 2026-11: 12/31 days (38%)");
			Thread.sleep(100);
		}

		String printed = bytes.toString(StandardCharsets.UTF_8);
		assertThat(printed.lines().filter(line -> line.contains("Score 2026-11: 12/31 days")).count())
			.as("nothing moved: printed once").isOne();
	}

	private static void waitFor(ByteArrayOutputStream bytes, String text) throws InterruptedException {
		for (int i = 0; i < 500 && !bytes.toString(StandardCharsets.UTF_8).contains(text); i++) {
			Thread.sleep(10);
		}
		assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(text);
	}

}
