package com.conductledger.ingest.parse;

import java.time.LocalDateTime;
import java.util.List;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.ingest.store.FactTable;

/** breaks.csv: toilet breaks, out and back (Art. 47(1)1). */
final class BreakRowParser extends RowParser {

	BreakRowParser(KnownPeople people) {
		super(InputKind.BREAKS, people);
	}

	@Override
	List<FactRow> read(RowCells cells, RawRow row) {
		LocalDateTime out = cells.timestamp("out_at");
		LocalDateTime back = cells.timestamp("back_at");
		if (out != null && back != null && back.isBefore(out)) {
			cells.reject("back_at", "is before out_at " + out);
		}
		return one(FactTable.BREAK_RECORD, values("agent_id", person(cells, "agent_id", true), "out_at", out,
				"shift_date", cells.date("date"), "shift_code", cells.choice("shift", SHIFTS), "back_at", back,
				"approved", cells.flag("approved", null)));
	}

}
