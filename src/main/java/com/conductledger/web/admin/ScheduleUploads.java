package com.conductledger.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.schedule.ScheduleProposal;
import com.conductledger.versions.ScheduleVersions;
import com.conductledger.web.WebProblem;

/** Adds an uploaded schedule file as a version, for the page and the API alike. */
@Component
class ScheduleUploads {

	private final ScheduleVersions versions;

	ScheduleUploads(ScheduleVersions versions) {
		this.versions = versions;
	}

	List<ScheduleVersionView> list() {
		return versions.all().stream().map(ScheduleVersionView::of).toList();
	}

	/** Adds the version; a refusal is a {@code ScheduleException} naming the key or the FINAL period. */
	ScheduleVersionView add(MultipartFile file, String title, String effectiveFrom, String addedBy) {
		if (file == null || file.isEmpty()) {
			throw WebProblem.badRequest("请选择规则文件 choose the penalty-schedule.yml to add");
		}
		if (file.getSize() > ScheduleProposal.MAX_BYTES) {
			throw WebProblem.badRequest("文件太大 a schedule file is a few KB; " + file.getOriginalFilename() + " is larger");
		}
		String name = file.getOriginalFilename() == null ? "uploaded schedule" : file.getOriginalFilename();
		try {
			return ScheduleVersionView.of(versions.add(file.getBytes(), name.replaceAll("[\\r\\n]", " "), blank(title),
					blank(effectiveFrom), addedBy));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Optional<String> blank(String value) {
		return Optional.ofNullable(value).map(String::trim).filter(text -> !text.isEmpty());
	}

}
