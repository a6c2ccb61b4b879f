package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.util.List;

/** Finds a worker's shifts of the effective roster dated from..to, wherever the roster is kept. */
@FunctionalInterface
public interface DutiesLookup {

	List<Duty> dutiesOf(String workerId, LocalDate from, LocalDate to);

}
