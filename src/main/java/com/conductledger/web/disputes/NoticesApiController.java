package com.conductledger.web.disputes;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.conductledger.dispute.Actor;
import com.conductledger.dispute.Notice;
import com.conductledger.dispute.Notices;

/** The signed-in person's notices ({@code ?unread=true} for the unread ones) and marking one read. */
@RestController
@RequestMapping("/api/notices")
class NoticesApiController {

	private final Notices notices;

	private final Actors actors;

	NoticesApiController(Notices notices, Actors actors) {
		this.notices = notices;
		this.actors = actors;
	}

	@GetMapping
	List<Notice> list(@RequestParam(defaultValue = "false") boolean unread, Authentication authentication) {
		Actor actor = actors.of(authentication);
		return actor.personId() == null ? List.of() : notices.of(actor.personId(), unread);
	}

	@PostMapping("/{id}/read")
	ResponseEntity<Void> read(@PathVariable long id, Authentication authentication) {
		NoticesController.markRead(notices, actors.of(authentication), id);
		return ResponseEntity.noContent().build();
	}

}
