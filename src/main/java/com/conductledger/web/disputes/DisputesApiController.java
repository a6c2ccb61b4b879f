package com.conductledger.web.disputes;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.dispute.Actor;
import com.conductledger.dispute.Dispute;
import com.conductledger.dispute.DisputeService;
import com.conductledger.dispute.Evidence;
import com.conductledger.dispute.RaiseRequest;
import com.conductledger.dispute.ResolveRequest;
import com.conductledger.web.Downloads;
import com.conductledger.web.WebProblem;

/**
 * Disputes as JSON (people.md, "The JSON API"): every call in the caller's scope, anything out of it
 * 404. A dispute with an evidence file is raised as multipart/form-data ({@code entryId} or
 * {@code evaluationId}, {@code reason}, optional {@code items} as {@code accuracy=28;courtesy=18},
 * {@code evidence}); without one, as JSON.
 */
@RestController
@RequestMapping("/api/disputes")
class DisputesApiController {

	private final DisputeService disputes;

	private final Actors actors;

	DisputesApiController(DisputeService disputes, Actors actors) {
		this.disputes = disputes;
		this.actors = actors;
	}

	record RaiseBody(String entryId, String evaluationId, String reason, Map<String, BigDecimal> items) {
	}

	record ResolveBody(String outcome, String note, Integer points, Map<String, BigDecimal> items) {
	}

	record CommentBody(String text) {
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<DisputeView> raise(@RequestBody RaiseBody body, Authentication authentication) {
		Dispute dispute = disputes.raise(actors.of(authentication),
				new RaiseRequest(body.entryId(), body.evaluationId(), body.reason(), body.items(), null, null));
		return ResponseEntity.status(HttpStatus.CREATED).body(DisputeView.of(dispute, null));
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<DisputeView> raiseWithEvidence(@RequestParam(required = false) String entryId,
			@RequestParam(required = false) String evaluationId, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String items, @RequestParam(required = false) MultipartFile evidence,
			Authentication authentication) throws IOException {
		boolean file = evidence != null && !evidence.isEmpty();
		Dispute dispute = disputes.raise(actors.of(authentication), new RaiseRequest(entryId, evaluationId, reason,
				items(items), file ? evidence.getOriginalFilename() : null, file ? evidence.getBytes() : null));
		return ResponseEntity.status(HttpStatus.CREATED).body(DisputeView.of(dispute, null));
	}

	@GetMapping
	List<DisputeView> list(@RequestParam(required = false) String state, Authentication authentication) {
		return disputes.visible(actors.of(authentication), DisputeService.state(state)).stream()
			.map(dispute -> DisputeView.of(dispute, null))
			.toList();
	}

	@GetMapping("/{id}")
	DisputeView one(@PathVariable String id, Authentication authentication) {
		Actor actor = actors.of(authentication);
		return DisputeView.of(disputes.visible(actor, id), disputes.trail(actor, id));
	}

	@GetMapping("/{id}/evidence")
	ResponseEntity<Resource> evidence(@PathVariable String id, Authentication authentication) {
		Evidence evidence = disputes.evidence(actors.of(authentication), id);
		return ResponseEntity.ok()
			.header("Content-Disposition", "attachment; filename=\"" + id + "-evidence"
					+ evidence.fileName().substring(Math.max(0, evidence.fileName().lastIndexOf('.'))) + "\"")
			.header("X-Content-SHA256", evidence.sha256())
			.contentType(MediaType.parseMediaType(evidence.contentType()))
			.body(new ByteArrayResource(evidence.content()));
	}

	@PostMapping("/{id}/comments")
	ResponseEntity<DisputeView> comment(@PathVariable String id, @RequestBody CommentBody body,
			Authentication authentication) {
		Actor actor = actors.of(authentication);
		disputes.comment(actor, id, body.text());
		return ResponseEntity.status(HttpStatus.CREATED).body(DisputeView.of(disputes.visible(actor, id), disputes.trail(actor, id)));
	}

	@PostMapping("/{id}/resolution")
	DisputeView resolve(@PathVariable String id, @RequestBody ResolveBody body, Authentication authentication) {
		Actor actor = actors.of(authentication);
		Dispute dispute = disputes.resolve(actor, id, new ResolveRequest(body.outcome(), body.note(), body.points(), body.items()));
		return DisputeView.of(dispute, disputes.trail(actor, id));
	}

	@PostMapping("/{id}/withdrawal")
	DisputeView withdraw(@PathVariable String id, Authentication authentication) {
		Actor actor = actors.of(authentication);
		return DisputeView.of(disputes.withdraw(actor, id), disputes.trail(actor, id));
	}

	/** {@code accuracy=28;courtesy=18} (commas too) as item scores. */
	static Map<String, BigDecimal> items(String text) {
		Map<String, BigDecimal> items = new LinkedHashMap<>();
		if (text == null || text.isBlank()) {
			return items;
		}
		for (String pair : text.split("[;,]")) {
			String[] parts = pair.split("=", 2);
			try {
				items.put(parts[0].trim(), new BigDecimal(parts[1].trim()));
			}
			catch (RuntimeException ex) {
				throw WebProblem.badRequest("项目分数格式不对 items must be written item=score;item=score, got '" + pair + "'");
			}
		}
		return items;
	}

}
