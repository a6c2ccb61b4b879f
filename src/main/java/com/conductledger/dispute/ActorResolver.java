package com.conductledger.dispute;

import java.util.Optional;

/** The signed-in user as an {@link Actor}: their roles and the person they are linked to. */
public interface ActorResolver {

	Optional<Actor> resolve(String username);

}
