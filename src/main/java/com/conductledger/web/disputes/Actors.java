package com.conductledger.web.disputes;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import com.conductledger.dispute.Actor;
import com.conductledger.dispute.ActorResolver;
import com.conductledger.security.LedgerRole;

/** The signed-in user as a dispute {@link Actor}. */
@Component
public class Actors {

	private final ActorResolver resolver;

	Actors(ActorResolver resolver) {
		this.resolver = resolver;
	}

	/**
	 * The user as stored; a signed-in user without a row of their own (none in practice: sign-in reads
	 * the same table) acts with the roles of their sign-in and as no person.
	 */
	public Actor of(Authentication authentication) {
		return resolver.resolve(authentication.getName()).orElseGet(() -> {
			Set<LedgerRole> roles = EnumSet.noneOf(LedgerRole.class);
			for (GrantedAuthority authority : authentication.getAuthorities()) {
				Arrays.stream(LedgerRole.values())
					.filter(role -> role.authority().equals(authority.getAuthority()))
					.forEach(roles::add);
			}
			return new Actor(authentication.getName(), null, roles);
		});
	}

}
