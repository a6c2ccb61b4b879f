package com.conductledger.people;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import com.conductledger.security.LedgerRole;

/**
 * The persons a user may see (people.md "Roles and scopes"): QA, MANAGER, PAYROLL and ADMIN see
 * everyone, as before; a TEAM_LEAD themself and the persons whose {@code team_lead_id} is theirs;
 * an AGENT themself only; a user of those two roles linked to no person sees nobody. A pure value.
 */
public final class PersonScope {

	/** The roles whose areas show every person. */
	static final Set<LedgerRole> EVERYONE = EnumSet.of(LedgerRole.QA, LedgerRole.MANAGER, LedgerRole.PAYROLL,
			LedgerRole.ADMIN);

	private static final PersonScope ALL = new PersonScope(null);

	/** null for everyone. */
	private final Set<String> personIds;

	private PersonScope(Set<String> personIds) {
		this.personIds = personIds == null ? null : Collections.unmodifiableSet(personIds);
	}

	public static PersonScope everyone() {
		return ALL;
	}

	public static PersonScope of(Collection<String> personIds) {
		return new PersonScope(new LinkedHashSet<>(personIds));
	}

	/**
	 * The scope of a user with these roles, linked to {@code personId} (or null), where
	 * {@code teamOf} gives the persons whose team lead is a given person.
	 */
	public static PersonScope of(Set<LedgerRole> roles, String personId, Function<String, Collection<String>> teamOf) {
		if (roles.stream().anyMatch(EVERYONE::contains)) {
			return everyone();
		}
		Set<String> ids = new LinkedHashSet<>();
		if (personId != null && (roles.contains(LedgerRole.AGENT) || roles.contains(LedgerRole.TEAM_LEAD))) {
			ids.add(personId);
			if (roles.contains(LedgerRole.TEAM_LEAD)) {
				ids.addAll(teamOf.apply(personId));
			}
		}
		return new PersonScope(ids);
	}

	public boolean isEveryone() {
		return personIds == null;
	}

	public boolean includes(String personId) {
		return personId != null && (personIds == null || personIds.contains(personId));
	}

	/** The persons of a limited scope; for everyone, ask {@link ScopeService#personIds}. */
	public Set<String> limitedTo() {
		if (personIds == null) {
			throw new IllegalStateException("this scope is everyone: it has no list of its own");
		}
		return personIds;
	}

	@Override
	public String toString() {
		return personIds == null ? "everyone" : personIds.toString();
	}

}
