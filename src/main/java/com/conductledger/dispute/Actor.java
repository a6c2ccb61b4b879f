package com.conductledger.dispute;

import java.util.Set;

import com.conductledger.security.LedgerRole;

/** Who acts on a dispute: the user, the person of agents.csv they are (if any) and their roles. */
public record Actor(String username, String personId, Set<LedgerRole> roles) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	/** MANAGER (and ADMIN, who opens every area): sees and resolves every dispute. */
	boolean manages() {
		return roles.contains(LedgerRole.MANAGER) || roles.contains(LedgerRole.ADMIN);
	}

	boolean is(LedgerRole role) {
		return roles.contains(role);
	}

	boolean isPerson(String id) {
		return personId != null && personId.equals(id);
	}

}
