package com.conductledger.web.whatif;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.period.Period;
import com.conductledger.schedule.ScheduleProposal;
import com.conductledger.web.Periods;
import com.conductledger.web.WebProblem;
import com.conductledger.whatif.WhatIf;
import com.conductledger.whatif.WhatIfResult;

/** Runs a what-if on an uploaded proposal, for the page and the API alike. */
@Component
class WhatIfUploads {

	private final WhatIf whatIf;

	private final Periods periods;

	WhatIfUploads(WhatIf whatIf, Periods periods) {
		this.whatIf = whatIf;
		this.periods = periods;
	}

	/** The comparison; an empty or oversized file is a 400, a proposal that does not validate a {@code ScheduleException}. */
	WhatIfResult run(String period, MultipartFile file) {
		Period checked = periods.period(period);
		if (file == null || file.isEmpty()) {
			throw WebProblem.badRequest("请选择规则文件 choose a penalty-schedule.yml to try");
		}
		if (file.getSize() > ScheduleProposal.MAX_BYTES) {
			throw WebProblem.badRequest("文件太大 a schedule file is a few KB; " + file.getOriginalFilename() + " is larger");
		}
		try {
			return whatIf.run(checked, file.getBytes(), name(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String name(MultipartFile file) {
		String name = file.getOriginalFilename();
		return name == null || name.isBlank() ? "uploaded schedule" : name.replaceAll("[\\r\\n]", " ");
	}

}
