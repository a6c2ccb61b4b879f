package com.conductledger.scoring.rules;

/** Something in the facts that is not a violation but needs a person's eye (e.g. a swap naming an unrostered shift). */
public record DataWarning(String code, String message, Source source) {
}
