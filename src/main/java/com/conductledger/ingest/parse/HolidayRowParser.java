package com.conductledger.ingest.parse;

import java.util.List;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.ingest.store.FactTable;

/** holidays.csv: the public holidays of Art. 31 and 32. */
final class HolidayRowParser extends RowParser {

	HolidayRowParser(KnownPeople people) {
		super(InputKind.HOLIDAYS, people);
	}

	@Override
	List<FactRow> read(RowCells cells, RawRow row) {
		return one(FactTable.HOLIDAY, values("holiday_date", cells.date("date"), "name", cells.text("name")));
	}

}
