package com.conductledger.schedule;

/** A rule of the schedule: the article it comes from and its points per occurrence. */
public record RuleDefinition(String ruleId, String article, int points) {
}
