package com.conductledger.web.admin;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.conductledger.schedule.ScheduleException;

/** {@code /admin/schedules}: the schedule versions, and a form to add one (never to edit one). */
@Controller
class AdminSchedulesController {

	private final ScheduleUploads uploads;

	AdminSchedulesController(ScheduleUploads uploads) {
		this.uploads = uploads;
	}

	@GetMapping("/admin/schedules")
	String schedules(Model model) {
		model.addAttribute("versions", uploads.list());
		return "admin/schedules";
	}

	@PostMapping("/admin/schedules")
	String add(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(required = false) String title, @RequestParam(required = false) String effectiveFrom,
			Authentication authentication, RedirectAttributes redirect) {
		try {
			ScheduleVersionView added = uploads.add(file, title, effectiveFrom, authentication.getName());
			redirect.addFlashAttribute("message", "已添加 added version " + added.version() + ", in force from "
					+ added.effectiveFrom() + " on");
		}
		catch (ScheduleException ex) {
			redirect.addFlashAttribute("error", "未添加 refused: " + ex.getMessage());
		}
		return "redirect:/admin/schedules";
	}

}
