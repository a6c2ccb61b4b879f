package com.conductledger.schedule;

/**
 * How long after an entry or evaluation first appeared in a scoring of its period a person may dispute
 * it, and how many open or resolved disputes a person may have in one period (people.md, Disputes).
 * Both keys may be left out of the schedule: then 7 days and 10 disputes.
 */
public record DisputeLimits(int windowDays, int perPeriod) {

	public static final int DEFAULT_WINDOW_DAYS = 7;

	public static final int DEFAULT_PER_PERIOD = 10;

}
