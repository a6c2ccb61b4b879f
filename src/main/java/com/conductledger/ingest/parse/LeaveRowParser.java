package com.conductledger.ingest.parse;

import java.time.LocalDate;
import java.util.List;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.ingest.store.FactTable;

/** leave.csv: requests for personal or sick leave (Art. 26-31), valid or not: validity is scoring's. */
final class LeaveRowParser extends RowParser {

	static final List<String> TYPES = List.of("PERSONAL", "SICK");

	static final List<String> STATUSES = List.of("APPROVED", "REJECTED", "PENDING");

	LeaveRowParser(KnownPeople people) {
		super(InputKind.LEAVE, people);
	}

	@Override
	String dateColumn() {
		return "first_date";
	}

	@Override
	List<FactRow> read(RowCells cells, RawRow row) {
		LocalDate first = cells.date("first_date");
		LocalDate last = cells.date("last_date");
		if (first != null && last != null && last.isBefore(first)) {
			cells.reject("last_date", "is before first_date " + first);
		}
		return one(FactTable.LEAVE_REQUEST, values("leave_id", cells.text("leave_id"), "agent_id",
				person(cells, "agent_id", true), "leave_type", cells.choice("type", TYPES), "urgent",
				cells.flag("urgent", false), "first_date", first, "last_date", last, "requested_at",
				cells.timestamp("requested_at"), "submitted_by", person(cells, "submitted_by", true), "status",
				cells.choice("status", STATUSES), "approver_id", person(cells, "approver_id", false), "approved_at",
				cells.optionalTimestamp("approved_at"), "certificate", cells.flag("certificate", false),
				"certificate_submitted_on", cells.optionalDate("certificate_submitted_on")));
	}

}
