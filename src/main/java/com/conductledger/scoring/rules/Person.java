package com.conductledger.scoring.rules;

/** A person of agents.csv. */
public record Person(String id, String name, String team, String jobType, int skillLevel, Role role) {
}
