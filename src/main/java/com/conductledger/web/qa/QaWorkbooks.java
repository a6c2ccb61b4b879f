package com.conductledger.web.qa;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.ingest.InputKind;
import com.conductledger.web.UploadReport;
import com.conductledger.web.UploadSummary;
import com.conductledger.web.UploadTarget;
import com.conductledger.web.Uploads;
import com.conductledger.web.WebProblem;

/**
 * What the QA pages and API share: only workbooks are taken ({@code .xlsx}, or legacy Excel
 * 97-2003 {@code .xls}), each under {@code evaluations/<name>} as in the input folder, and the blank
 * template.
 */
@Component
class QaWorkbooks {

	static final Set<InputKind> KINDS = Set.of(InputKind.EVALUATIONS);

	static final String TEMPLATE_NAME = "qa-evaluation-template.xlsx";

	private final Uploads uploads;

	private final Path templateFile;

	QaWorkbooks(Uploads uploads, @Value("${ledger.qa-template}") Path templateFile) {
		this.uploads = uploads;
		this.templateFile = templateFile;
	}

	List<UploadReport> upload(List<MultipartFile> files) {
		return uploads.ingest(files, QaWorkbooks::target);
	}

	List<UploadSummary> recent() {
		return uploads.recent(KINDS);
	}

	UploadReport report(long id) {
		return uploads.report(id, KINDS);
	}

	static UploadTarget target(String name) {
		if (!InputKind.isWorkbookName(name)) {
			return UploadTarget.refused(name, "不是质检工作簿 not a QA workbook: upload .xlsx files made from the blank "
					+ "template (legacy Excel 97-2003 .xls files are read too)");
		}
		return UploadTarget.of("evaluations/" + name, InputKind.EVALUATIONS);
	}

	boolean templateAvailable() {
		return templateOrNull() != null;
	}

	Resource template() {
		Resource template = templateOrNull();
		if (template == null) {
			throw WebProblem.notFound("空白模板尚未提供 the blank QA template is not available yet: the administrator puts it at "
					+ templateFile);
		}
		return template;
	}

	private Resource templateOrNull() {
		if (Files.isRegularFile(templateFile)) {
			return new FileSystemResource(templateFile);
		}
		Resource bundled = new ClassPathResource("report-templates/" + TEMPLATE_NAME);
		return bundled.exists() ? bundled : null;
	}

}
