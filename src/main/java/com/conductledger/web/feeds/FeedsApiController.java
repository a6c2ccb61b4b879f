package com.conductledger.web.feeds;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.web.UploadReport;
import com.conductledger.web.UploadTiming;
import com.conductledger.web.UploadSummary;

/** The data feed pages as JSON: {@code POST /api/feeds/uploads} (multipart {@code files}) and the rest. */
@RestController
@RequestMapping("/api/feeds")
class FeedsApiController {

	private final FeedFiles feeds;

	private final UploadTiming timing;

	FeedsApiController(FeedFiles feeds, UploadTiming timing) {
		this.feeds = feeds;
		this.timing = timing;
	}

	@GetMapping
	Map<String, Object> feeds() {
		return Map.of("inboxDir", feeds.inbox(), "acceptedNames", FeedFiles.acceptedNames());
	}

	@GetMapping("/uploads")
	List<UploadSummary> uploads() {
		return feeds.recent();
	}

	@PostMapping("/uploads")
	Map<String, Object> upload(@RequestParam(name = "files", required = false) List<MultipartFile> files) {
		return Map.of("files", feeds.upload(files), "counts", timing.countsWhen());
	}

	@GetMapping("/uploads/{id}")
	UploadReport upload(@PathVariable long id) {
		return feeds.report(id);
	}

}
