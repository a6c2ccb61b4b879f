package com.conductledger.scoring.rules;

/** The centre's roles, in rank order: AGENT < TEAM_LEAD < SUPERVISOR < OPS_MANAGER (rules.md). */
public enum Role {

	AGENT, TEAM_LEAD, SUPERVISOR, OPS_MANAGER;

	public boolean atLeast(Role other) {
		return compareTo(other) >= 0;
	}

}
