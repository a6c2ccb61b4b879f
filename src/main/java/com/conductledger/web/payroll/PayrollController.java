package com.conductledger.web.payroll;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import com.conductledger.web.Downloads;

/** {@code /payroll}: the payroll file and manifest of each FINAL period. */
@Controller
class PayrollController {

	private final PayrollReleases releases;

	PayrollController(PayrollReleases releases) {
		this.releases = releases;
	}

	@GetMapping("/payroll")
	String index(Model model) {
		model.addAttribute("periods", releases.all());
		return "payroll/index";
	}

	@GetMapping("/payroll/{period}/files/{fileName}")
	ResponseEntity<Resource> file(@PathVariable String period, @PathVariable String fileName) {
		return Downloads.of(releases.file(period, fileName));
	}

}
