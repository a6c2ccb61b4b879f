package com.conductledger.web.payroll;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import com.conductledger.web.Downloads;

/** {@code /payroll}: the payroll file, manifest and totals of each FINAL period; a marked preview of the others. */
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

	@GetMapping("/payroll/{period}/preview")
	String preview(@PathVariable String period, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("preview", releases.preview(period, page));
		model.addAttribute("base", "/payroll/" + period + "/preview");
		return "payroll/preview";
	}

	@GetMapping("/payroll/{period}/files/{fileName}")
	ResponseEntity<Resource> file(@PathVariable String period, @PathVariable String fileName) {
		return Downloads.of(releases.file(period, fileName));
	}

}
