package com.conductledger.web.feeds;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.ingest.InputKind;
import com.conductledger.web.UploadReport;
import com.conductledger.web.UploadSummary;
import com.conductledger.web.UploadTarget;
import com.conductledger.web.Uploads;

/**
 * What the data feed pages and API share. A file's kind comes from its name as in the input
 * folder ({@code roster.csv}); a dated name such as {@code roster-2026-11-03.csv} is taken too.
 */
@Component
class FeedFiles {

	static final Set<InputKind> KINDS = EnumSet.complementOf(EnumSet.of(InputKind.EVALUATIONS));

	private final Uploads uploads;

	private final Path inbox;

	FeedFiles(Uploads uploads, @Value("${ledger.inbox-dir}") Path inbox) {
		this.uploads = uploads;
		this.inbox = inbox;
	}

	List<UploadReport> upload(List<MultipartFile> files) {
		return uploads.ingest(files, FeedFiles::target);
	}

	List<UploadSummary> recent() {
		return uploads.recent(KINDS);
	}

	/** A file received earlier with its rejected rows: a data feed, or a QA workbook (managers see those too). */
	UploadReport report(long id) {
		return uploads.report(id, EnumSet.allOf(InputKind.class));
	}

	/** The QA workbooks received, for managers to see their rejected rows (QA staff upload them on the QA page). */
	List<UploadSummary> recentWorkbooks() {
		return uploads.recent(EnumSet.of(InputKind.EVALUATIONS));
	}

	String inbox() {
		return inbox.toAbsolutePath().normalize().toString();
	}

	static List<String> acceptedNames() {
		return KINDS.stream().map(InputKind::fileName).toList();
	}

	static UploadTarget target(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (InputKind.isWorkbookName(lower)) {
			return UploadTarget.refused(name, "质检工作簿请在质检页面上传 QA workbooks are uploaded on the QA page");
		}
		return kindOf(lower).map(kind -> UploadTarget.of(name, kind))
			.orElseGet(() -> UploadTarget.refused(name, "文件名无法识别 cannot tell what this file is from its name: "
					+ "name it " + String.join(", ", acceptedNames()) + " (a suffix as in roster-2026-11-03.csv is fine)"));
	}

	private static Optional<InputKind> kindOf(String lowerName) {
		return InputKind.ofCsvName(lowerName).filter(KINDS::contains);
	}

}
