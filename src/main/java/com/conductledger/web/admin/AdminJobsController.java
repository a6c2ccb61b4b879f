package com.conductledger.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.conductledger.web.WebProblem;

/** {@code /admin}: the job history, with a button to re-run a failed execution. */
@Controller
class AdminJobsController {

	private final JobHistory jobs;

	AdminJobsController(JobHistory jobs) {
		this.jobs = jobs;
	}

	@GetMapping("/admin")
	String jobs(@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("jobs", jobs.page(JobQuery.of(q, sort, dir, page, size)));
		return "admin/jobs";
	}

	@PostMapping("/admin/jobs/{executionId}/restart")
	String restart(@PathVariable long executionId, RedirectAttributes redirect) {
		try {
			JobRow rerun = jobs.restart(executionId);
			redirect.addFlashAttribute("message", "已重跑 re-ran execution " + executionId + " as " + rerun.executionId()
					+ ": " + rerun.status() + (rerun.exitMessage() == null ? "" : " (" + rerun.exitMessage() + ")"));
		}
		catch (WebProblem problem) {
			redirect.addFlashAttribute("error", problem.getMessage());
		}
		return "redirect:/admin";
	}

}
