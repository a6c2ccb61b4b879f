package com.conductledger.web.qa;

import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.web.Downloads;
import com.conductledger.web.UploadTiming;

/** {@code /qa}: upload evaluation workbooks, the result with every rejected row, past uploads, the blank template. */
@Controller
class QaController {

	private final QaWorkbooks workbooks;

	private final UploadTiming timing;

	QaController(QaWorkbooks workbooks, UploadTiming timing) {
		this.workbooks = workbooks;
		this.timing = timing;
	}

	@GetMapping("/qa")
	String index(Model model) {
		model.addAttribute("uploads", workbooks.recent());
		model.addAttribute("templateAvailable", workbooks.templateAvailable());
		return "qa/index";
	}

	@PostMapping("/qa/uploads")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
		model.addAttribute("reports", workbooks.upload(files));
		return result(model);
	}

	@GetMapping("/qa/uploads/{id}")
	String upload(@PathVariable long id, Model model) {
		model.addAttribute("reports", List.of(workbooks.report(id)));
		return result(model);
	}

	@GetMapping("/qa/template")
	ResponseEntity<Resource> template() {
		return Downloads.of(workbooks.template(), QaWorkbooks.TEMPLATE_NAME);
	}

	private String result(Model model) {
		model.addAttribute("counts", timing.countsWhen());
		model.addAttribute("back", "/qa");
		model.addAttribute("backLabel", "质检 QA");
		return "uploads/result";
	}

}
