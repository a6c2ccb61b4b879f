package com.conductledger.web.people;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.conductledger.people.AcknowledgementRefused;
import com.conductledger.people.Acknowledgements;

/**
 * The home page's "I have read it" button of an evaluation: back home saying so, or that it was
 * already; out of scope is 404 and another's evaluation 403, as in the API.
 */
@Controller
class EvaluationsController {

	private final Acknowledgements acknowledgements;

	EvaluationsController(Acknowledgements acknowledgements) {
		this.acknowledgements = acknowledgements;
	}

	@PostMapping("/evaluations/{id}/acknowledgement")
	String acknowledge(@PathVariable String id, Authentication authentication, RedirectAttributes redirect) {
		try {
			acknowledgements.acknowledge(authentication, id);
			redirect.addFlashAttribute("message", "已确认 acknowledged evaluation " + id);
		}
		catch (AcknowledgementRefused refused) {
			if (refused.kind() != AcknowledgementRefused.Kind.ALREADY) {
				throw refused;
			}
			redirect.addFlashAttribute("error", refused.getMessage());
		}
		return "redirect:/";
	}

}
