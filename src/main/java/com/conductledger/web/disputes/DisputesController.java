package com.conductledger.web.disputes;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
import com.conductledger.dispute.TrailAction;
import com.conductledger.people.Acknowledgements;
import com.conductledger.people.EvaluationView;
import com.conductledger.people.PeopleDirectory;
import com.conductledger.people.PersonRecord;
import com.conductledger.security.UserAccounts;
import com.conductledger.web.WebProblem;
import com.conductledger.web.periods.EntryView;
import com.conductledger.web.periods.PersonScorecards;

/** The disputes pages: the list in the caller's scope with a form to raise one, and a dispute with its trail and forms. */
@Controller
class DisputesController {

	private final DisputeService disputes;

	private final Actors actors;

	private final PersonScorecards scorecards;

	private final Acknowledgements acknowledgements;

	private final UserAccounts users;

	private final PeopleDirectory people;

	DisputesController(DisputeService disputes, Actors actors, PersonScorecards scorecards,
			Acknowledgements acknowledgements, UserAccounts users, PeopleDirectory people) {
		this.disputes = disputes;
		this.actors = actors;
		this.scorecards = scorecards;
		this.acknowledgements = acknowledgements;
		this.users = users;
		this.people = people;
	}

	/**
	 * The form to dispute one of the caller's own entries (of {@code period}) or evaluations, showing
	 * what is disputed and how it was decided; anything that is not the caller's own is not found.
	 */
	@GetMapping("/disputes/new")
	String raiseForm(@RequestParam(required = false) String period, @RequestParam(required = false) String entryId,
			@RequestParam(required = false) String evaluationId, Authentication authentication, Model model) {
		Actor actor = actors.of(authentication);
		if (actor.personId() == null) {
			throw WebProblem.notFound("只有被扣分的本人可以申诉 only the person charged raises a dispute");
		}
		if (entryId != null && period != null) {
			EntryView entry = scorecards.person(period, actor.personId()).entries().stream()
				.filter(candidate -> candidate.id().equals(entryId))
				.findFirst()
				.orElseThrow(() -> WebProblem.notFound("您的台账中没有此条目 no entry " + entryId + " in your ledger of " + period));
			model.addAttribute("entry", entry);
			model.addAttribute("period", period);
		}
		else if (evaluationId != null) {
			EvaluationView evaluation = acknowledgements.evaluation(authentication, evaluationId);
			if (!actor.personId().equals(evaluation.personId())) {
				throw WebProblem.notFound("您没有此评估 no evaluation " + evaluationId + " of yours");
			}
			model.addAttribute("evaluation", evaluation);
		}
		else {
			throw WebProblem.notFound("请从台账条目或评估进入 open this form from an entry or an evaluation");
		}
		return "disputes/new";
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
		List<TrailAction> trail = disputes.trail(actor, id);
		Set<String> who = new HashSet<>();
		trail.forEach(action -> who.add(action.actor()));
		if (dispute.resolution() != null) {
			who.add(dispute.resolution().by());
		}
		model.addAttribute("dispute", DisputeView.of(dispute, trail));
		model.addAttribute("names", users.displayNames(who));
		model.addAttribute("personName", people.find(Set.of(dispute.subject().personId())).stream()
			.map(PersonRecord::name).findFirst().orElse(""));
		model.addAttribute("mayResolve", disputes.mayResolve(actor, dispute));
		model.addAttribute("whoResolves", dispute.state() == DisputeState.OPEN && !dispute.subject().personId().equals(actor.personId())
				? disputes.whyNotResolve(actor, dispute).orElse(null) : null);
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
