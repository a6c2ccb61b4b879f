package com.conductledger.schedule;

/** One of the 18 prohibited behaviours of Art. 46(3), with its points and whether it zeroes the evaluation. */
public record ConductCode(String code, int points, boolean fatal, String english, String chinese) {
}
