package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.Optional;

/** Finds a planned roster shift of an agent, wherever the roster is kept. */
@FunctionalInterface
public interface RosterLookup {

	Optional<RosterShift> find(String agentId, LocalDate date, ShiftCode shift);

	/** Whether the roster of that date is known at all (a repay shift may lie beyond the published roster). */
	default boolean publishedOn(LocalDate date) {
		return true;
	}

}
