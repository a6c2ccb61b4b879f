package com.conductledger.people;

import org.junit.jupiter.api.Test;

import com.conductledger.security.LedgerRole;

import static org.assertj.core.api.Assertions.assertThat;

class AccountRolesTests {

	@Test
	void theRolesOfAgentsCsvGiveTheAccountRoles() {
		assertThat(AccountRoles.of("AGENT")).contains(LedgerRole.AGENT);
		assertThat(AccountRoles.of("team_lead")).contains(LedgerRole.TEAM_LEAD);
		assertThat(AccountRoles.of("SUPERVISOR")).contains(LedgerRole.MANAGER);
		assertThat(AccountRoles.of("OPS_MANAGER")).contains(LedgerRole.MANAGER);
		assertThat(AccountRoles.of("JANITOR")).isEmpty();
		assertThat(AccountRoles.of(null)).isEmpty();
	}

}
