package com.conductledger.people;

/** A person of agents.csv as the database holds them. */
public record PersonRecord(String id, String name, String team, String role, String teamLeadId) {
}
