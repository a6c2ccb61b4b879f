package com.conductledger.people;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.conductledger.security.LedgerRole;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The scope rule alone: who sees whom from the roles, the person link and who leads whom. */
class PersonScopeTests {

	private static final Map<String, List<String>> LEADS = Map.of("L01", List.of("A0001", "A0002"), "A0001", List.of());

	@Test
	void anAgentSeesThemselfOnly() {
		PersonScope scope = PersonScope.of(EnumSet.of(LedgerRole.AGENT), "A0001", LEADS::get);

		assertThat(scope.isEveryone()).isFalse();
		assertThat(scope.limitedTo()).containsExactly("A0001");
		assertThat(scope.includes("A0002")).isFalse();
		assertThat(scope.includes(null)).isFalse();
	}

	@Test
	void aTeamLeadSeesThemselfAndTheirTeam() {
		PersonScope scope = PersonScope.of(EnumSet.of(LedgerRole.TEAM_LEAD), "L01", LEADS::get);

		assertThat(scope.limitedTo()).containsExactly("L01", "A0001", "A0002");
		assertThat(scope.includes("A0013")).isFalse();
	}

	@Test
	void theCentresRolesSeeEveryoneAndAnUnlinkedAgentNobody() {
		for (LedgerRole role : List.of(LedgerRole.QA, LedgerRole.MANAGER, LedgerRole.PAYROLL, LedgerRole.ADMIN)) {
			PersonScope scope = PersonScope.of(EnumSet.of(role, LedgerRole.AGENT), "A0001", LEADS::get);
			assertThat(scope.isEveryone()).as(role.name()).isTrue();
			assertThat(scope.includes("A0013")).isTrue();
			assertThatThrownBy(scope::limitedTo).isInstanceOf(IllegalStateException.class);
		}
		assertThat(PersonScope.of(EnumSet.of(LedgerRole.AGENT), null, LEADS::get).limitedTo()).isEmpty();
		assertThat(PersonScope.of(EnumSet.noneOf(LedgerRole.class), "A0001", LEADS::get).limitedTo()).isEmpty();
	}

}
