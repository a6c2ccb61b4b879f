package com.conductledger.scoring.rules;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A row of attendance.csv: who signed in (and out) for which shift; signOut may be null. */
public record SignIn(String agentId, LocalDate date, ShiftCode shift, LocalDateTime signIn, LocalDateTime signOut,
		Source source) {
}
