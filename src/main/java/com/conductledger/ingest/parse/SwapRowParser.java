package com.conductledger.ingest.parse;

import java.util.List;
import java.util.Objects;

import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.store.FactRow;
import com.conductledger.ingest.store.FactTable;

/** swaps.csv: shift swaps and their repayment shifts (Art. 32-37). */
final class SwapRowParser extends RowParser {

	SwapRowParser(KnownPeople people) {
		super(InputKind.SWAPS, people);
	}

	@Override
	String dateColumn() {
		return "swap_date";
	}

	@Override
	List<FactRow> read(RowCells cells, RawRow row) {
		String requester = person(cells, "requester_id", true);
		String counterpart = person(cells, "counterpart_id", true);
		if (requester != null && Objects.equals(requester, counterpart)) {
			cells.reject("counterpart_id", "is the requester: a swap needs two people");
		}
		return one(FactTable.SHIFT_SWAP, values("swap_id", cells.text("swap_id"), "requester_id", requester,
				"counterpart_id", counterpart, "swap_date", cells.date("swap_date"), "swap_shift",
				cells.choice("swap_shift", SHIFTS), "repay_date", cells.date("repay_date"), "repay_shift",
				cells.choice("repay_shift", SHIFTS), "requested_at", cells.timestamp("requested_at"), "status",
				cells.choice("status", LeaveRowParser.STATUSES), "approver_id", person(cells, "approver_id", false),
				"approved_at", cells.optionalTimestamp("approved_at")));
	}

}
