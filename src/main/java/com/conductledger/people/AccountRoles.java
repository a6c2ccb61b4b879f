package com.conductledger.people;

import java.util.Locale;
import java.util.Optional;

import com.conductledger.security.LedgerRole;

/**
 * The role an account made from agents.csv gets from the person's role there: AGENT an agent's,
 * TEAM_LEAD a team lead's, and SUPERVISOR and OPS_MANAGER (who answer for several teams) a
 * manager's; another role gets no account (the administrator creates it by hand).
 */
final class AccountRoles {

	private AccountRoles() {
	}

	static Optional<LedgerRole> of(String personRole) {
		return switch (String.valueOf(personRole).trim().toUpperCase(Locale.ROOT)) {
			case "AGENT" -> Optional.of(LedgerRole.AGENT);
			case "TEAM_LEAD" -> Optional.of(LedgerRole.TEAM_LEAD);
			case "SUPERVISOR", "OPS_MANAGER" -> Optional.of(LedgerRole.MANAGER);
			default -> Optional.empty();
		};
	}

}
