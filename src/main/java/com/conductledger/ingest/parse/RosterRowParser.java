package com.conductledger.ingest.parse;

import java.util.List;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.ingest.store.FactTable;

/** roster.csv: the planned shifts; an end at or before the start ends the next day. */
final class RosterRowParser extends RowParser {

	RosterRowParser(KnownPeople people) {
		super(InputKind.ROSTER, people);
	}

	@Override
	List<FactRow> read(RowCells cells, RawRow row) {
		return one(FactTable.ROSTER_SHIFT, values("agent_id", person(cells, "agent_id", true), "shift_date",
				cells.date("date"), "shift_code", cells.choice("shift", SHIFTS), "start_time", cells.time("start"),
				"end_time", cells.time("end")));
	}

}
