package com.conductledger.web.periods;

import java.nio.file.Path;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.conductledger.web.Downloads;
import com.conductledger.web.OutputFile.Audience;
import com.conductledger.web.PeriodFolder;

/** {@code /periods}: the periods, a period's scorecards and downloads, a person's page. */
@Controller
class PeriodsController {

	private final PeriodReports reports;

	private final PeriodFolder folder;

	PeriodsController(PeriodReports reports, PeriodFolder folder) {
		this.reports = reports;
		this.folder = folder;
	}

	@GetMapping("/periods")
	String index(Model model) {
		model.addAttribute("periods", reports.all());
		return "periods/index";
	}

	@GetMapping("/periods/{period}")
	String period(@PathVariable String period, @RequestParam(required = false) String team, Model model) {
		model.addAttribute("month", reports.month(period, team));
		model.addAttribute("team", team);
		return "periods/period";
	}

	@GetMapping("/periods/{period}/people/{personId}")
	String person(@PathVariable String period, @PathVariable String personId, Model model) {
		model.addAttribute("person", reports.person(period, personId));
		return "periods/person";
	}

	@GetMapping("/periods/{period}/files/{fileName}")
	ResponseEntity<Resource> file(@PathVariable String period, @PathVariable String fileName) {
		Path file = folder.find(period, fileName, Audience.REPORTS);
		return Downloads.of(file);
	}

}
