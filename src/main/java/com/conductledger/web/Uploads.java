package com.conductledger.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import com.conductledger.ingest.FileOutcome;
import com.conductledger.ingest.FolderIngest;
import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.store.RejectedRowStore;
import com.conductledger.ingest.store.RejectedRowStore.RejectedLine;
import com.conductledger.ingest.store.SourceFile;
import com.conductledger.ingest.store.SourceFileRepository;

/**
 * Takes uploaded files in: each goes to a temporary file, then through the same ingest as the
 * input folder ({@link FolderIngest#ingestFile}), people first; the report lists every rejected row.
 */
@Service
public class Uploads {

	private final FolderIngest ingest;

	private final RejectedRowStore rejectedRows;

	private final SourceFileRepository sourceFiles;

	Uploads(FolderIngest ingest, RejectedRowStore rejectedRows, SourceFileRepository sourceFiles) {
		this.ingest = ingest;
		this.rejectedRows = rejectedRows;
		this.sourceFiles = sourceFiles;
	}

	/** Ingests the files the page accepts ({@code target} decides by name); refuses an empty upload. */
	public List<UploadReport> ingest(List<MultipartFile> files, Function<String, UploadTarget> target) {
		List<MultipartFile> chosen = files == null ? List.of()
				: files.stream().filter(file -> file.getOriginalFilename() != null && !file.getOriginalFilename().isBlank())
					.toList();
		if (chosen.isEmpty()) {
			throw WebProblem.badRequest("请选择文件 choose at least one file to upload");
		}
		List<Received> received = new ArrayList<>();
		for (MultipartFile file : chosen) {
			received.add(new Received(file, target.apply(UploadNames.sanitise(file.getOriginalFilename()))));
		}
		received.sort(Comparator.comparing((Received r) -> r.target().kind() == null ? -1 : r.target().kind().ordinal()));
		return received.stream().map(this::ingestOne).toList();
	}

	private UploadReport ingestOne(Received received) {
		UploadTarget target = received.target();
		if (target.refusal() != null) {
			return UploadReport.notTaken(target.name(), target.refusal());
		}
		Path temporary = null;
		try {
			temporary = Files.createTempFile("ledger-upload-", UploadNames.extension(target.name()));
			received.file().transferTo(temporary);
			FileOutcome outcome = ingest.ingestFile(temporary, target.name(), target.kind());
			LocalDateTime at = sourceFiles.findById(outcome.sourceFileId()).map(SourceFile::getReceivedAt).orElse(null);
			return UploadReport.of(outcome, at, lines(outcome.sourceFileId()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep the upload " + target.name() + ": " + ex.getMessage(), ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	/** A file received earlier, with its rejected rows, if it is one of these kinds. */
	public UploadReport report(long sourceFileId, Set<InputKind> kinds) {
		SourceFile file = sourceFiles.findById(sourceFileId)
			.filter(found -> kinds.contains(found.getKind()))
			.orElseThrow(() -> WebProblem.notFound("没有此上传 no upload " + sourceFileId + " here"));
		return UploadReport.of(file, lines(file.getId()));
	}

	/** The latest files received of these kinds (uploads, the inbox and the command line alike), newest first. */
	public List<UploadSummary> recent(Collection<InputKind> kinds) {
		return sourceFiles.findTop50ByKindInOrderByReceivedAtDescIdDesc(kinds).stream().map(UploadSummary::of).toList();
	}

	private List<RejectedLine> lines(Long sourceFileId) {
		List<RejectedLine> lines = new ArrayList<>();
		if (sourceFileId != null) {
			rejectedRows.forEachLine(sourceFileId, lines::add);
		}
		return lines;
	}

	private static void deleteQuietly(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			// a temporary file left behind is removed with the temp folder; the upload itself is archived
		}
	}

	private record Received(MultipartFile file, UploadTarget target) {
	}

}
