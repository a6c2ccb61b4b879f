package com.conductledger.web.disputes;

import java.io.IOException;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.dispute.Actor;
import com.conductledger.dispute.Dispute;
import com.conductledger.dispute.DisputeService;
import com.conductledger.dispute.DisputeState;
import com.conductledger.dispute.RaiseRequest;
import com.conductledger.dispute.ResolveRequest;

/** The disputes pages: the list in the caller's scope with a form to raise one, and a dispute with its trail and forms. */
@Controller
class DisputesController {

	private final DisputeService disputes;

	private final Actors actors;

	DisputesController(DisputeService disputes, Actors actors) {
		this.disputes = disputes;
		this.actors = actors;
	}

	@GetMapping("/disputes")
	String list(@RequestParam(required = false) String state, Authentication authentication, Model model) {
		Actor actor = actors.of(authentication);
		model.addAttribute("disputes", disputes.visible(actor, DisputeService.state(state)).stream()
			.map(dispute -> DisputeView.of(dispute, null))
			.toList());
		model.addAttribute("states", DisputeState.values());
		model.addAttribute("state", state == null ? "" : state);
		model.addAttribute("person", actor.personId());
		return "disputes/list";
	}

	@GetMapping("/disputes/{id}")
	String one(@PathVariable String id, Authentication authentication, Model model) {
		Actor actor = actors.of(authentication);
		Dispute dispute = disputes.visible(actor, id);
		model.addAttribute("dispute", DisputeView.of(dispute, disputes.trail(actor, id)));
		model.addAttribute("mayResolve", disputes.mayResolve(actor, dispute));
		model.addAttribute("mayWithdraw", disputes.mayWithdraw(actor, dispute));
		model.addAttribute("open", dispute.state() == DisputeState.OPEN);
		return "disputes/dispute";
	}

	@PostMapping("/disputes")
	String raise(@RequestParam(required = false) String entryId, @RequestParam(required = false) String evaluationId,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String items,
			@RequestParam(required = false) MultipartFile evidence, Authentication authentication) throws IOException {
		boolean file = evidence != null && !evidence.isEmpty();
		Dispute dispute = disputes.raise(actors.of(authentication), new RaiseRequest(entryId, evaluationId, reason,
				DisputesApiController.items(items), file ? evidence.getOriginalFilename() : null, file ? evidence.getBytes() : null));
		return "redirect:/disputes/" + dispute.id();
	}

	@PostMapping("/disputes/{id}/comments")
	String comment(@PathVariable String id, @RequestParam(required = false) String text, Authentication authentication) {
		disputes.comment(actors.of(authentication), id, text);
		return "redirect:/disputes/" + id;
	}

	@PostMapping("/disputes/{id}/resolution")
	String resolve(@PathVariable String id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) String note, @RequestParam(required = false) Integer points,
			@RequestParam(required = false) String items, Authentication authentication) {
		disputes.resolve(actors.of(authentication), id, new ResolveRequest(outcome, note, points, DisputesApiController.items(items)));
		return "redirect:/disputes/" + id;
	}

	@PostMapping("/disputes/{id}/withdrawal")
	String withdraw(@PathVariable String id, Authentication authentication) {
		disputes.withdraw(actors.of(authentication), id);
		return "redirect:/disputes/" + id;
	}

}
