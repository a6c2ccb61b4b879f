package com.conductledger.web.payroll;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.conductledger.web.Downloads;

/** Payroll's page as JSON. */
@RestController
@RequestMapping("/api/payroll")
class PayrollApiController {

	private final PayrollReleases releases;

	PayrollApiController(PayrollReleases releases) {
		this.releases = releases;
	}

	@GetMapping
	List<PayrollRow> periods() {
		return releases.all();
	}

	@GetMapping("/{period}/preview")
	PayrollPreview preview(@PathVariable String period, @RequestParam(required = false) Integer page) {
		return releases.preview(period, page);
	}

	@GetMapping("/{period}/files/{fileName}")
	ResponseEntity<Resource> file(@PathVariable String period, @PathVariable String fileName) {
		return Downloads.of(releases.file(period, fileName));
	}

}
