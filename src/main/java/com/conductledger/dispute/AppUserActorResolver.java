package com.conductledger.dispute;

import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import com.conductledger.security.LedgerRole;

/**
 * The actor of a signed-in user from {@code app_user}: the roles and {@code person_id}, the link to a
 * person of agents.csv that AGENT and TEAM_LEAD users have (issue 10, accounts). A disabled or unknown
 * user is nobody.
 */
@Component
class AppUserActorResolver implements ActorResolver {

	private final JdbcTemplate jdbc;

	AppUserActorResolver(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Actor> resolve(String username) {
		return jdbc.query("select username, roles, person_id from app_user where username = ? and enabled = true",
				(rs, i) -> new Actor(rs.getString(1), blankToNull(rs.getString(3)), LedgerRole.parse(rs.getString(2))),
				username).stream().findFirst();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
