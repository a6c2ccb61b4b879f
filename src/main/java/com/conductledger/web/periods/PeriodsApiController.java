package com.conductledger.web.periods;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.conductledger.web.Downloads;
import com.conductledger.web.OutputFile.Audience;
import com.conductledger.web.PeriodFolder;

/** The managers' pages as JSON. */
@RestController
@RequestMapping("/api/periods")
class PeriodsApiController {

	private final PeriodReports reports;

	private final PeriodFolder folder;

	PeriodsApiController(PeriodReports reports, PeriodFolder folder) {
		this.reports = reports;
		this.folder = folder;
	}

	@GetMapping
	List<PeriodRow> periods() {
		return reports.all();
	}

	@GetMapping("/{period}")
	MonthView period(@PathVariable String period, @RequestParam(required = false) String team) {
		return reports.month(period, team);
	}

	@GetMapping("/{period}/people/{personId}")
	PersonPage person(@PathVariable String period, @PathVariable String personId) {
		return reports.person(period, personId);
	}

	@GetMapping("/{period}/files/{fileName}")
	ResponseEntity<Resource> file(@PathVariable String period, @PathVariable String fileName) {
		return Downloads.of(folder.find(period, fileName, Audience.REPORTS));
	}

}
