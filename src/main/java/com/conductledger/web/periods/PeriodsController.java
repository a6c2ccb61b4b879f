package com.conductledger.web.periods;

import java.nio.file.Path;
import java.util.List;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.conductledger.people.ScopeService;
import com.conductledger.web.Downloads;
import com.conductledger.web.WebProblem;
import com.conductledger.web.payroll.PayrollReleases;

/**
 * {@code /periods}: the periods, a period's scorecards (paged, searched, sorted on the server) and
 * downloads, a person's page and PDF, and the manager's "Rescore now" and "Close this period".
 */
@Controller
class PeriodsController {

	private final PeriodReports reports;

	private final PeriodActions actions;

	private final PersonScorecards people;

	private final PayrollReleases payroll;

	private final PeriodRejectedRows rejectedRows;

	private final ScopeService scopes;

	private final TeamPacks files;

	PeriodsController(PeriodReports reports, PeriodActions actions, PersonScorecards people,
			PayrollReleases payroll, PeriodRejectedRows rejectedRows, ScopeService scopes, TeamPacks files) {
		this.reports = reports;
		this.actions = actions;
		this.people = people;
		this.payroll = payroll;
		this.rejectedRows = rejectedRows;
		this.scopes = scopes;
		this.files = files;
	}

	@GetMapping("/periods")
	String index(Model model) {
		List<PeriodRow> periods = reports.all();
		String current = reports.currentPeriod();
		model.addAttribute("periods", periods);
		model.addAttribute("current", current);
		model.addAttribute("currentScored", periods.stream().anyMatch(row -> row.period().equals(current)));
		return "periods/index";
	}

	@GetMapping("/periods/{period}")
	String period(@PathVariable String period, @RequestParam(required = false) String team,
			@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String category, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		model.addAttribute("month", reports.month(period, ScorecardQuery.of(team, q, tier, category, sort, dir, page, size)));
		return "periods/period";
	}

	@PostMapping("/periods/{period}/rescore")
	String rescore(@PathVariable String period, RedirectAttributes redirect) {
		try {
			actions.rescore(period, Who.current());
			redirect.addFlashAttribute("message", "已开始重新评分 rescoring " + period + " in the background");
		}
		catch (WebProblem problem) {
			redirect.addFlashAttribute("error", problem.getMessage());
		}
		return "redirect:/periods/" + period;
	}

	@GetMapping("/periods/{period}/close")
	String confirmClose(@PathVariable String period, Model model) {
		model.addAttribute("preview", actions.closePreview(period));
		return "periods/close";
	}

	@PostMapping("/periods/{period}/close")
	String close(@PathVariable String period, @RequestParam(required = false) String payroll,
			@RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		if (confirm == null) {
			redirect.addFlashAttribute("error", "请勾选确认 tick the box to confirm that closing is final");
			return "redirect:/periods/" + period + "/close";
		}
		try {
			actions.close(period, payroll, Who.current());
			redirect.addFlashAttribute("message", "已开始定稿 closing " + period + " in the background");
		}
		catch (WebProblem problem) {
			redirect.addFlashAttribute("error", problem.getMessage());
			return "redirect:/periods/" + period + "/close";
		}
		return "redirect:/periods/" + period;
	}

	/** The payroll file the period would give if closed now, for the manager who closes it. */
	@GetMapping("/periods/{period}/payroll-preview")
	String payrollPreview(@PathVariable String period, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("preview", payroll.preview(period, page));
		model.addAttribute("base", "/periods/" + period + "/payroll-preview");
		return "payroll/preview";
	}

	@GetMapping("/periods/{period}/people/{personId}")
	String person(@PathVariable String period, @PathVariable String personId, Authentication authentication,
			Model model) {
		scopes.require(authentication, personId);
		model.addAttribute("person", people.person(period, personId));
		model.addAttribute("mayDispute", scopes.personOf(authentication).filter(personId::equals).isPresent());
		return "periods/person";
	}

	@GetMapping("/periods/{period}/people/{personId}/pdf")
	ResponseEntity<Resource> personPdf(@PathVariable String period, @PathVariable String personId,
			Authentication authentication) {
		scopes.require(authentication, personId);
		return Downloads.of(new ByteArrayResource(people.pdf(period, personId)),
				"scorecard-" + period + "-" + PersonFiles.safe(personId) + ".pdf");
	}

	@GetMapping("/periods/{period}/files/{fileName}")
	ResponseEntity<Resource> file(@PathVariable String period, @PathVariable String fileName,
			Authentication authentication) {
		if (PeriodRejectedRows.isIt(fileName) && TeamPacks.seesEveryFile(authentication)) {
			return rejectedRows.download(period);
		}
		Path file = files.find(authentication, period, fileName);
		return Downloads.of(file);
	}

}
