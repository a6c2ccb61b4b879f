package com.conductledger.ingest.store;

import java.util.List;

import com.conductledger.ingest.InputKind;

/** The tables each kind of input file fills, its main table first. */
final class FactTables {

	private FactTables() {
	}

	static List<FactTable> of(InputKind kind) {
		return switch (kind) {
			case AGENTS -> List.of(FactTable.PERSON);
			case HOLIDAYS -> List.of(FactTable.HOLIDAY);
			case ROSTER -> List.of(FactTable.ROSTER_SHIFT);
			case ATTENDANCE -> List.of(FactTable.ATTENDANCE);
			case LEAVE -> List.of(FactTable.LEAVE_REQUEST);
			case SWAPS -> List.of(FactTable.SHIFT_SWAP);
			case BREAKS -> List.of(FactTable.BREAK_RECORD);
			case EVALUATIONS -> List.of(FactTable.QA_EVALUATION, FactTable.QA_ITEM_SCORE, FactTable.QA_CONDUCT_CODE);
		};
	}

}
