package com.conductledger.web.qa;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.web.Downloads;
import com.conductledger.web.UploadReport;
import com.conductledger.web.UploadTiming;
import com.conductledger.web.UploadSummary;

/** The QA pages as JSON: {@code POST /api/qa/uploads} (multipart {@code files}) and the rest. */
@RestController
@RequestMapping("/api/qa")
class QaApiController {

	private final QaWorkbooks workbooks;

	private final UploadTiming timing;

	QaApiController(QaWorkbooks workbooks, UploadTiming timing) {
		this.workbooks = workbooks;
		this.timing = timing;
	}

	@GetMapping("/uploads")
	List<UploadSummary> uploads() {
		return workbooks.recent();
	}

	@PostMapping("/uploads")
	Map<String, Object> upload(@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		return Map.of("files", workbooks.upload(files), "counts", timing.countsWhen());
	}

	@GetMapping("/uploads/{id}")
	UploadReport upload(@PathVariable long id) {
		return workbooks.report(id);
	}

	@GetMapping("/template")
	ResponseEntity<Resource> template() {
		return Downloads.of(workbooks.template(), QaWorkbooks.TEMPLATE_NAME);
	}

}
