package com.conductledger.web.people;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.conductledger.web.WebProblem;

/** {@code GET /api/home}: what an agent's or a team lead's home page shows, as JSON. */
@RestController
class HomeApiController {

	private final PeopleHomes homes;

	HomeApiController(PeopleHomes homes) {
		this.homes = homes;
	}

	@GetMapping("/api/home")
	PeopleHome home(Authentication authentication) {
		return homes.of(authentication)
			.orElseThrow(() -> WebProblem.notFound(
					"没有个人主页 no personal home: it is for AGENT and TEAM_LEAD users linked to a person"));
	}

}
