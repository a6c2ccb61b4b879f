package com.conductledger.progress;

import java.time.Duration;

/**
 * How far one piece of long work has come: its current phase (e.g. "Ingest roster.csv", "Score
 * 2026-11", "Reports 2026-11"), the units done in it and, when known, their total. Written by the
 * thread doing the work, read by others (the console ticker, the web's progress bar).
 */
public final class Progress {

	/** Progress nobody watches: what work reports when it runs outside a watched task. */
	static final Progress IGNORED = new Progress();

	private volatile Snapshot current = new Snapshot("", "", 0, 0, System.nanoTime());

	/** Starts a phase of {@code total} units of {@code unit} ({@code 0} when the total is not known). */
	public void phase(String name, String unit, long total) {
		current = new Snapshot(name, unit, 0, total, System.nanoTime());
	}

	/** One more unit done (or several). */
	public synchronized void advance(long units) {
		Snapshot now = current;
		current = new Snapshot(now.phase(), now.unit(), now.done() + units, now.total(), now.startedNanos());
	}

	/** The units done so far in this phase, when the worker counts them itself. */
	public synchronized void done(long units) {
		Snapshot now = current;
		current = new Snapshot(now.phase(), now.unit(), units, now.total(), now.startedNanos());
	}

	public Snapshot snapshot() {
		return current;
	}

	/** The progress of a phase at one moment. */
	public record Snapshot(String phase, String unit, long done, long total, long startedNanos) {

		/** Percent done, or -1 when the total is not known. */
		public int percent() {
			return total <= 0 ? -1 : (int) Math.min(100, done * 100 / total);
		}

		public Duration elapsed() {
			return Duration.ofNanos(System.nanoTime() - startedNanos);
		}

		/** {@code Score 2026-11: 12/31 days (38%)}, or without the total when it is not known. */
		public String describe() {
			if (phase.isEmpty()) {
				return "starting";
			}
			String count = total > 0 ? String.format("%,d/%,d %s (%d%%)", done, total, unit, percent())
					: String.format("%,d %s", done, unit);
			return phase + ": " + count;
		}

	}

}
