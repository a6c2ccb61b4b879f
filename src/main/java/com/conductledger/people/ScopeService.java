package com.conductledger.people;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Service;

import com.conductledger.security.LedgerRole;
import com.conductledger.security.UserAccounts;

/**
 * The scope of a signed-in user ({@link PersonScope}), from their roles and the person their
 * account is linked to as stored now (so an administrator's change counts at once), and the team
 * as agents.csv says now. Every page, download and API call about a person asks it first.
 */
@Service
public class ScopeService {

	private final UserAccounts accounts;

	private final PeopleDirectory people;

	ScopeService(UserAccounts accounts, PeopleDirectory people) {
		this.accounts = accounts;
		this.people = people;
	}

	public PersonScope scopeOf(Authentication authentication) {
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return PersonScope.of(Set.of());
		}
		Set<LedgerRole> roles = roles(authentication);
		String personId = accounts.personOf(authentication.getName()).orElse(null);
		return PersonScope.of(roles, personId, people::teamOf);
	}

	public boolean includes(Authentication authentication, String personId) {
		return scopeOf(authentication).includes(personId);
	}

	/** The ids of the persons in scope (for everyone: every person in the database). */
	public Set<String> personIds(Authentication authentication) {
		PersonScope scope = scopeOf(authentication);
		return scope.isEveryone() ? new LinkedHashSet<>(people.allIds()) : scope.limitedTo();
	}

	/** Refuses, as not found, a person outside the caller's scope. */
	public void require(Authentication authentication, String personId) {
		if (!includes(authentication, personId)) {
			throw OutOfScope.person(personId);
		}
	}

	/** The person the signed-in user is, if their account is linked to one. */
	public java.util.Optional<String> personOf(Authentication authentication) {
		return authentication == null ? java.util.Optional.empty() : accounts.personOf(authentication.getName());
	}

	public static Set<LedgerRole> roles(Authentication authentication) {
		Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			for (LedgerRole role : LedgerRole.values()) {
				if (role.authority().equals(authority.getAuthority())) {
					roles.add(role);
				}
			}
		}
		return roles;
	}

}
