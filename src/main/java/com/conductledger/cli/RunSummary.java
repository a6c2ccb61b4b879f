package com.conductledger.cli;

import java.io.PrintStream;
import java.nio.file.Path;

import com.conductledger.ingest.FileOutcome;
import com.conductledger.ingest.IngestReport;
import com.conductledger.ingest.RetriedRows;
import com.conductledger.period.Period;

/**
 * The short summary {@code run} prints: one line a file (with the text encoding a CSV was read in,
 * and under a people file the earlier rows it let be taken), then the totals and where the report is.
 */
final class RunSummary {

	private RunSummary() {
	}

	static void print(PrintStream out, Path input, Period period, IngestReport report, Path rejectedRows) {
		out.printf("Conduct Ledger run: input %s, period %s%n", input, period);
		for (RetriedRows retried : report.retriedFirst()) {
			out.printf("  before the folder: %s%n", retried(retried));
		}
		out.printf("  %-36s %-12s %-8s %-10s %8s %9s%n", "file", "kind", "text", "result", "taken", "rejected");
		for (FileOutcome file : report.files()) {
			out.printf("  %-36s %-12s %-8s %-10s %8d %9d%s%n", file.name(), file.kind() == null ? "-" : file.kind(),
					file.encoding() == null ? "-" : file.encoding(), file.result(), file.taken(), file.rejected(),
					note(file));
			for (RetriedRows retried : file.retried()) {
				out.printf("    %s%n", retried(retried));
			}
		}
		out.printf("  %-36s %-12s %-8s %-10s %8d %9d%n", "total", "", "", "", report.taken(), report.rejected());
		out.printf("Rejected rows: %s%n", rejectedRows);
	}

	/** Prints how long a phase took and returns the time the next phase starts. */
	static long phase(PrintStream out, String name, long startedNanos) {
		long now = System.nanoTime();
		out.printf("%s took %.1f s%n", name, (now - startedNanos) / 1e9);
		return now;
	}

	/** A line under a people file: the earlier rows its people let be taken. */
	static String retried(RetriedRows retried) {
		if (retried.failure() != null) {
			return "rows of " + retried.file() + " that waited for people: " + retried.failure();
		}
		return "rows of " + retried.file() + " that waited for people: " + retried.taken() + " taken now"
				+ (retried.rejectedAnew() > 0 ? ", " + retried.rejectedAnew() + " rejected for another reason" : "")
				+ (retried.stillWaiting() > 0 ? ", " + retried.stillWaiting() + " still waiting" : "");
	}

	private static String note(FileOutcome file) {
		return switch (file.result()) {
			case FAILED, IGNORED -> "  " + file.failure();
			case UNCHANGED -> "  (same content taken before)";
			case TAKEN -> "";
		};
	}

}
