package com.conductledger.web.disputes;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import com.conductledger.dispute.Actor;
import com.conductledger.dispute.Notices;
import com.conductledger.web.WebProblem;

/** Marking one of the signed-in person's notices read from their home page; another's is not found. */
@Controller
class NoticesController {

	private final Notices notices;

	private final Actors actors;

	NoticesController(Notices notices, Actors actors) {
		this.notices = notices;
		this.actors = actors;
	}

	@PostMapping("/notices/{id}/read")
	String read(@PathVariable long id, Authentication authentication) {
		markRead(notices, actors.of(authentication), id);
		return "redirect:/#notices";
	}

	/** Marks the actor's notice read; a notice that is not theirs (or none) is not found. */
	static void markRead(Notices notices, Actor actor, long id) {
		if (actor.personId() == null || !notices.markRead(actor.personId(), id)) {
			throw WebProblem.notFound("没有此通知 no notice " + id);
		}
	}

}
