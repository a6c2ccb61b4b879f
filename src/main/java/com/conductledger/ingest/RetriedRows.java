package com.conductledger.ingest;

/**
 * What a retry made of one earlier file's rows that were rejected only because a person was not
 * in agents.csv: how many are taken now, how many were rejected anew for another reason, how many
 * still wait for people; {@code failure} says why the file could not be retried (null when it was).
 */
public record RetriedRows(String file, int taken, int rejectedAnew, int stillWaiting, String failure) {
}
