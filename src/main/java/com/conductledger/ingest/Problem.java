package com.conductledger.ingest;

/** Why a row was rejected: the column, the value found there, and a reason a person can act on. */
public record Problem(String column, String value, String reason) {
}
