package com.conductledger.web.whatif;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.whatif.WhatIfResult;

/** {@code POST /api/whatif} (multipart {@code period}, {@code file}): the what-if as JSON, every row; a bad proposal is 400 naming its key. */
@RestController
class WhatIfApiController {

	private final WhatIfUploads uploads;

	WhatIfApiController(WhatIfUploads uploads) {
		this.uploads = uploads;
	}

	@PostMapping("/api/whatif")
	WhatIfView run(@RequestParam String period, @RequestParam(name = "file", required = false) MultipartFile file) {
		return WhatIfView.of(uploads.run(period, file));
	}

}
