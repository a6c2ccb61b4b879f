package com.conductledger.web.disputes;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import com.conductledger.dispute.Actor;
import com.conductledger.dispute.ActorResolver;
import com.conductledger.web.WebProblem;

/** The signed-in user as a dispute {@link Actor}. */
@Component
class Actors {

	private final ActorResolver resolver;

	Actors(ActorResolver resolver) {
		this.resolver = resolver;
	}

	Actor of(Authentication authentication) {
		return resolver.resolve(authentication.getName())
			.orElseThrow(() -> WebProblem.notFound("没有此用户 no user " + authentication.getName()));
	}

}
