package com.conductledger.web.people;

import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.conductledger.people.Acknowledgement;
import com.conductledger.people.Acknowledgements;
import com.conductledger.people.EvaluationView;
import com.conductledger.people.PersonScope;
import com.conductledger.people.ScopeService;
import com.conductledger.web.WebProblem;

/**
 * {@code /api/evaluations}: the evaluations in the caller's scope and their acknowledgement by the
 * evaluated agent. Outside the scope: 404; in scope but another's: 403; a second time: 409.
 */
@RestController
@RequestMapping("/api/evaluations")
class EvaluationsApiController {

	private final Acknowledgements acknowledgements;

	private final ScopeService scopes;

	EvaluationsApiController(Acknowledgements acknowledgements, ScopeService scopes) {
		this.acknowledgements = acknowledgements;
		this.scopes = scopes;
	}

	/**
	 * The evaluations of {@code personId}, or of everyone in a limited scope (an agent's own, a team
	 * lead's team's) when it is left out; {@code unacknowledged=true} leaves out the acknowledged.
	 */
	@GetMapping
	List<EvaluationView> evaluations(@RequestParam(required = false) String personId,
			@RequestParam(required = false) Boolean unacknowledged, Authentication authentication) {
		PersonScope scope = scopes.scopeOf(authentication);
		Set<String> people;
		if (personId != null && !personId.isBlank()) {
			scopes.require(authentication, personId);
			people = Set.of(personId);
		}
		else if (scope.isEveryone()) {
			throw WebProblem.badRequest("缺少人员 give personId=<an id of agents.csv>: your scope is everyone");
		}
		else {
			people = scope.limitedTo();
		}
		return acknowledgements.of(people, Boolean.TRUE.equals(unacknowledged));
	}

	@GetMapping("/{id}")
	EvaluationView evaluation(@PathVariable String id, Authentication authentication) {
		return acknowledgements.evaluation(authentication, id);
	}

	@PostMapping("/{id}/acknowledgement")
	@ResponseStatus(HttpStatus.CREATED)
	Acknowledgement acknowledge(@PathVariable String id, Authentication authentication) {
		return acknowledgements.acknowledge(authentication, id);
	}

}
