package com.conductledger.ingest.parse;

import java.util.Map;
import java.util.Optional;

/** The people of agents.csv already taken, by id, with their role: what other files may refer to. */
public final class KnownPeople {

	private final Map<String, String> roleById;

	public KnownPeople(Map<String, String> roleById) {
		this.roleById = Map.copyOf(roleById);
	}

	public boolean contains(String agentId) {
		return roleById.containsKey(agentId);
	}

	public Optional<String> role(String agentId) {
		return Optional.ofNullable(roleById.get(agentId));
	}

	public int size() {
		return roleById.size();
	}

}
