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

	private final String prefix;

	private long leaveIds;

	private long swapIds;

	MonthFiles(Path dir, Centre centre) {
		try {
			agents = open(new CsvWriter(dir.resolve(centre.fileName("agents")), Person.HEADER));
			holidays = open(new CsvWriter(dir.resolve(centre.fileName("holidays")), "date", "name"));
			roster = open(new CsvWriter(dir.resolve(centre.fileName("roster")), ROSTER_HEADER));
			attendance = open(new CsvWriter(dir.resolve(centre.fileName("attendance")), AttendanceWriter.HEADER));
			leave = open(new CsvWriter(dir.resolve(centre.fileName("leave")), PlannedLeave.HEADER));
			swaps = open(new CsvWriter(dir.resolve(centre.fileName("swaps")), PlannedSwap.HEADER));
			breaks = open(new CsvWriter(dir.resolve(centre.fileName("breaks")), BreakWriter.HEADER));
			String period = centre.spec.period().toString();
			int evaluationWidth = Centre.width(7L * centre.teams() * centre.agentsPerTeam(), 4);
			Path evaluations = dir.resolve("evaluations");
			supervisorEvaluations = open(new EvaluationWorkbookWriter(evaluations.resolve("qa-" + period + "-E01.xlsx"),
					"E1-" + centre.idPrefix(), evaluationWidth, true, centre.last.atTime(18, 0)));
			peerEvaluations = open(new EvaluationWorkbookWriter(evaluations.resolve("qa-" + period + "-E02.xlsx"),
					"E2-" + centre.idPrefix(), evaluationWidth, false, centre.last.atTime(18, 0)));
		}
		catch (RuntimeException ex) {
			close();
			throw ex;
		}
		this.prefix = centre.idPrefix();
		this.leaveWidth = Centre.width(20L * centre.teams(), 4);
		this.swapWidth = Centre.width(10L * centre.teams(), 4);
	}

	private <T extends AutoCloseable> T open(T file) {
		opened.add(file);
		return file;
	}

	/** An earlier month's ids carry its tag ({@code LV2609-0001}), so that the months of a centre never share one. */
	String nextLeaveId() {
		return "LV" + prefix + Centre.pad(++leaveIds, leaveWidth);
	}

	String nextSwapId() {
		return "SW" + prefix + Centre.pad(++swapIds, swapWidth);
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
