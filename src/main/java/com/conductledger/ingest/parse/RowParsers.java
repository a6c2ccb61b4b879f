package com.conductledger.ingest.parse;

import com.conductledger.ingest.InputKind;
import com.conductledger.schedule.PenaltySchedule;

/** The parser for each kind of input file. */
public final class RowParsers {

	private RowParsers() {
	}

	public static RowParser forKind(InputKind kind, KnownPeople people, PenaltySchedule schedule) {
		return switch (kind) {
			case AGENTS -> new AgentRowParser(people);
			case HOLIDAYS -> new HolidayRowParser(people);
			case ROSTER -> new RosterRowParser(people);
			case ATTENDANCE -> new AttendanceRowParser(people);
			case LEAVE -> new LeaveRowParser(people);
			case SWAPS -> new SwapRowParser(people);
			case BREAKS -> new BreakRowParser(people);
			case EVALUATIONS -> new EvaluationRowParser(people, schedule);
		};
	}

}
