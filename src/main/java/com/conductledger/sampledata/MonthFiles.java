package com.conductledger.sampledata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The open output files of one generated month, and the id sequences that run across teams. */
final class MonthFiles implements AutoCloseable {

	static final String[] ROSTER_HEADER = { "agent_id", "date", "shift", "start", "end" };

	private final List<AutoCloseable> opened = new ArrayList<>();

	final CsvWriter agents;

	final CsvWriter holidays;

	final CsvWriter roster;

	final CsvWriter attendance;

	final CsvWriter leave;

	final CsvWriter swaps;

	final CsvWriter breaks;

	final EvaluationWorkbookWriter supervisorEvaluations;

	final EvaluationWorkbookWriter peerEvaluations;

	private final int leaveWidth;

	private final int swapWidth;

	private long leaveIds;

	private long swapIds;

	MonthFiles(Path dir, Centre centre) {
		try {
			agents = open(new CsvWriter(dir.resolve("agents.csv"), Person.HEADER));
			holidays = open(new CsvWriter(dir.resolve("holidays.csv"), "date", "name"));
			roster = open(new CsvWriter(dir.resolve("roster.csv"), ROSTER_HEADER));
			attendance = open(new CsvWriter(dir.resolve("attendance.csv"), AttendanceWriter.HEADER));
			leave = open(new CsvWriter(dir.resolve("leave.csv"), PlannedLeave.HEADER));
			swaps = open(new CsvWriter(dir.resolve("swaps.csv"), PlannedSwap.HEADER));
			breaks = open(new CsvWriter(dir.resolve("breaks.csv"), BreakWriter.HEADER));
			String period = centre.spec.period().toString();
			int evaluationWidth = Centre.width(7L * centre.teams() * centre.agentsPerTeam(), 4);
			Path evaluations = dir.resolve("evaluations");
			supervisorEvaluations = open(new EvaluationWorkbookWriter(evaluations.resolve("qa-" + period + "-E01.xlsx"),
					"E1-", evaluationWidth, true, centre.last.atTime(18, 0)));
			peerEvaluations = open(new EvaluationWorkbookWriter(evaluations.resolve("qa-" + period + "-E02.xlsx"), "E2-",
					evaluationWidth, false, centre.last.atTime(18, 0)));
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
		this.leaveWidth = Centre.width(20L * centre.teams(), 4);
		this.swapWidth = Centre.width(10L * centre.teams(), 4);
	}

	private <T extends AutoCloseable> T open(T file) {
		opened.add(file);
		return file;
	}

	String nextLeaveId() {
		return "LV" + Centre.pad(++leaveIds, leaveWidth);
	}

	String nextSwapId() {
		return "SW" + Centre.pad(++swapIds, swapWidth);
	}

	GeneratedMonth counts() {
		return new GeneratedMonth(agents.rows(), holidays.rows(), roster.rows(), attendance.rows(), leave.rows(),
				swaps.rows(), breaks.rows(), supervisorEvaluations.rows() + peerEvaluations.rows());
	}

	/** Closes every file, even when one fails; the first failure is thrown. */
	@Override
	public void close() {
		RuntimeException failure = null;
		for (AutoCloseable file : opened) {
			try {
				file.close();
			}
			catch (Exception ex) {
				if (failure == null) {
					failure = ex instanceof RuntimeException runtime ? runtime : new IllegalStateException(ex);
				}
			}
		}
		opened.clear();
		if (failure != null) {
			throw failure;
		}
	}

}
