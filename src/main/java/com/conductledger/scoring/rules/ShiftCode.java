package com.conductledger.scoring.rules;

/** The shift codes of the roster. */
public enum ShiftCode {
	DAY, EVENING, NIGHT
}
