package com.conductledger.web.feeds;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.web.UploadTiming;

/** {@code /feeds}: upload the centre's CSV files, the result with every rejected row, past files, the inbox. */
@Controller
class FeedsController {

	private final FeedFiles feeds;

	private final UploadTiming timing;

	FeedsController(FeedFiles feeds, UploadTiming timing) {
		this.feeds = feeds;
		this.timing = timing;
	}

	@GetMapping("/feeds")
	String index(Model model) {
		model.addAttribute("uploads", feeds.recent());
		model.addAttribute("workbooks", feeds.recentWorkbooks());
		model.addAttribute("inbox", feeds.inbox());
		model.addAttribute("acceptedNames", FeedFiles.acceptedNames());
		return "feeds/index";
	}

	@PostMapping("/feeds/uploads")
	String upload(@RequestParam(name = "files", required = false) List<MultipartFile> files, Model model) {
		model.addAttribute("reports", feeds.upload(files));
		return result(model);
	}

	@GetMapping("/feeds/uploads/{id}")
	String upload(@PathVariable long id, Model model) {
		model.addAttribute("reports", List.of(feeds.report(id)));
		return result(model);
	}

	private String result(Model model) {
		model.addAttribute("counts", timing.countsWhen());
		model.addAttribute("back", "/feeds");
		model.addAttribute("backLabel", "数据 Data feeds");
		return "uploads/result";
	}

}
