package com.conductledger.web.whatif;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.ScheduleException;
import com.conductledger.whatif.WhatIfResult;

/** {@code /whatif}: a manager uploads a proposed schedule and sees whom it would move in a period; nothing is stored. */
@Controller
class WhatIfController {

	/** The rows a page shows; the API and the command line give them all. */
	static final int ROWS_SHOWN = 200;

	private final WhatIfUploads uploads;

	private final PeriodRegistry registry;

	private final PenaltySchedule schedule;

	WhatIfController(WhatIfUploads uploads, PeriodRegistry registry, PenaltySchedule schedule) {
		this.uploads = uploads;
		this.registry = registry;
		this.schedule = schedule;
	}

	@GetMapping("/whatif")
	String form(@RequestParam(required = false) String period, Model model) {
		model.addAttribute("period", period != null ? period : defaultPeriod());
		return page(model);
	}

	@PostMapping("/whatif")
	String run(@RequestParam String period, @RequestParam(name = "file", required = false) MultipartFile file,
			Model model) {
		model.addAttribute("period", period);
		try {
			WhatIfResult result = uploads.run(period, file);
			model.addAttribute("result", result);
			model.addAttribute("rows", result.rows().subList(0, Math.min(ROWS_SHOWN, result.rows().size())));
			model.addAttribute("proposal", WhatIfUploads.name(file));
		}
		catch (ScheduleException ex) {
			model.addAttribute("error", "规则表无效，未评分 the proposal was refused: " + ex.getMessage());
		}
		return page(model);
	}

	private String page(Model model) {
		List<String> known = registry.all().stream().map(PeriodStatus::period).toList();
		model.addAttribute("periods", known);
		model.addAttribute("currency", schedule.currency());
		model.addAttribute("rowsShown", ROWS_SHOWN);
		return "whatif/index";
	}

	private String defaultPeriod() {
		return registry.all().stream().map(PeriodStatus::period).findFirst()
			.orElse(Period.containing(LocalDate.now(schedule.zone()), schedule.cutoffDay()).name());
	}

}
