package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.Optional;

/** Finds a planned roster shift of an agent, wherever the roster is kept. */
@FunctionalInterface
public interface RosterLookup {

	Optional<RosterShift> find(String agentId, LocalDate date, ShiftCode shift);

}
