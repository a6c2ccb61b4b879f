package com.conductledger.ingest.parse;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.ingest.store.FactTable;

/** attendance.csv: sign-in and sign-out of a shift; sign_out may be empty. */
final class AttendanceRowParser extends RowParser {

	AttendanceRowParser(KnownPeople people) {
		super(InputKind.ATTENDANCE, people);
	}

	@Override
	List<FactRow> read(RowCells cells, RawRow row) {
		LocalDate date = cells.date("date");
		LocalDateTime signIn = cells.timestamp("sign_in");
		LocalDateTime signOut = cells.optionalTimestamp("sign_out");
		if (date != null && signIn != null && Math.abs(ChronoUnit.DAYS.between(date, signIn.toLocalDate())) > 1) {
			cells.reject("sign_in", "is more than a day away from the shift date " + date);
		}
		if (signIn != null && signOut != null && signOut.isBefore(signIn)) {
			cells.reject("sign_out", "is before sign_in " + signIn);
		}
		return one(FactTable.ATTENDANCE, values("agent_id", person(cells, "agent_id", true), "shift_date", date,
				"shift_code", cells.choice("shift", SHIFTS), "sign_in", signIn, "sign_out", signOut));
	}

}
