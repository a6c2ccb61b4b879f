package com.conductledger.web.periods;

import java.util.List;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.conductledger.people.ScopeService;
import com.conductledger.web.Downloads;
import com.conductledger.web.WebProblem;

/** The managers' pages as JSON; a person's page, PDF and files also to agents and team leads within their scope. */
@RestController
@RequestMapping("/api/periods")
class PeriodsApiController {

	private final PeriodReports reports;

	private final PeriodActions actions;

	private final PersonScorecards people;

	private final PeriodRejectedRows rejectedRows;

	private final ScopeService scopes;

	private final TeamPacks files;

	PeriodsApiController(PeriodReports reports, PeriodActions actions, PersonScorecards people,
			PeriodRejectedRows rejectedRows, ScopeService scopes, TeamPacks files) {
		this.reports = reports;
		this.actions = actions;
		this.people = people;
		this.rejectedRows = rejectedRows;
		this.scopes = scopes;
		this.files = files;
	}

	@GetMapping
	List<PeriodRow> periods() {
		return reports.all();
	}

	@GetMapping("/{period}")
	MonthView period(@PathVariable String period, @RequestParam(required = false) String team,
			@RequestParam(required = false) String q, @RequestParam(required = false) String tier,
			@RequestParam(required = false) String category, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String dir, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return reports.month(period, ScorecardQuery.of(team, q, tier, category, sort, dir, page, size));
	}

	/** The period's latest rescore or close since the application started; 204 when there was none. */
	@GetMapping("/{period}/task")
	ResponseEntity<PeriodTask.TaskView> task(@PathVariable String period) {
		return actions.task(period).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
	}

	@PostMapping("/{period}/rescore")
	ResponseEntity<PeriodTask.TaskView> rescore(@PathVariable String period) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(actions.rescore(period, Who.current()).view());
	}

	@GetMapping("/{period}/close")
	ClosePreview closePreview(@PathVariable String period) {
		return actions.closePreview(period);
	}

	@PostMapping("/{period}/close")
	ResponseEntity<PeriodTask.TaskView> close(@PathVariable String period,
			@RequestParam(required = false) String payroll, @RequestParam(required = false) Boolean confirm) {
		if (!Boolean.TRUE.equals(confirm)) {
			throw WebProblem.badRequest("缺少确认 closing is final: send confirm=true with payroll=<the sha256 from "
					+ "GET /api/periods/" + period + "/close>");
		}
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(actions.close(period, payroll, Who.current()).view());
	}

	@GetMapping("/{period}/people/{personId}")
	PersonPage person(@PathVariable String period, @PathVariable String personId, Authentication authentication) {
		scopes.require(authentication, personId);
		return people.person(period, personId);
	}

	@GetMapping("/{period}/people/{personId}/pdf")
	ResponseEntity<Resource> personPdf(@PathVariable String period, @PathVariable String personId,
			Authentication authentication) {
		scopes.require(authentication, personId);
		return Downloads.of(new ByteArrayResource(people.pdf(period, personId)),
				"scorecard-" + period + "-" + PersonFiles.safe(personId) + ".pdf");
	}

	@GetMapping("/{period}/files/{fileName}")
	ResponseEntity<Resource> file(@PathVariable String period, @PathVariable String fileName,
			Authentication authentication) {
		if (PeriodRejectedRows.isIt(fileName) && TeamPacks.seesEveryFile(authentication)) {
			return rejectedRows.download(period);
		}
		return Downloads.of(files.find(authentication, period, fileName));
	}

}
