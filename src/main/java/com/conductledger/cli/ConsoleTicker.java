package com.conductledger.cli;

import java.io.PrintStream;
import java.time.Duration;

import com.conductledger.progress.Progress;

/**
 * On a terminal, a line every few seconds saying how far the run has come ({@code ... Ingest
 * roster.csv: 120,000 rows}), from a background thread, only when something moved. When the output
 * is not a terminal (a log, a pipe, cron) it prints nothing: the run's one line per phase is enough.
 */
final class ConsoleTicker implements AutoCloseable {

	static final Duration EVERY = Duration.ofSeconds(3);

	private final Thread thread;

	private ConsoleTicker(Thread thread) {
		this.thread = thread;
	}

	/** Ticks when standard output is a terminal; otherwise does nothing. */
	static ConsoleTicker onTerminal(Progress progress, PrintStream out) {
		return System.console() != null ? start(progress, out, EVERY) : new ConsoleTicker(null);
	}

	static ConsoleTicker start(Progress progress, PrintStream out, Duration every) {
		Thread thread = new Thread(() -> tick(progress, out, every), "console-progress");
		thread.setDaemon(true);
		thread.start();
		return new ConsoleTicker(thread);
	}

	private static void tick(Progress progress, PrintStream out, Duration every) {
		Progress.Snapshot shown = null;
		try {
			while (!Thread.currentThread().isInterrupted()) {
				Thread.sleep(every.toMillis());
				Progress.Snapshot now = progress.snapshot();
				if (!now.phase().isEmpty() && !now.equals(shown)) {
					out.printf("  ... %s, %d s%n", now.describe(), now.elapsed().toSeconds());
					shown = now;
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void close() {
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(1000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
