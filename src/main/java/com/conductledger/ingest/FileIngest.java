package com.conductledger.ingest;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.csv.CsvEncoding;
import com.conductledger.ingest.job.JobCreationGate;
import com.conductledger.ingest.job.UnknownPeopleRetry;
import com.conductledger.ingest.store.RawFileArchive;
import com.conductledger.ingest.store.RejectedRowStore;
import com.conductledger.ingest.store.SourceFile;
import com.conductledger.ingest.store.SourceFileRepository;
import com.conductledger.lease.AbandonedExecutions;
import com.conductledger.progress.ProgressBoard;

/**
 * One input file in two moves: received (archived by its sha256 and registered) and then taken by the
 * ingest job, which a file whose content was taken before skips. A CSV's encoding is found first (one
 * that is neither UTF-8 nor GB18030 fails the file). A people file that is taken lets the rows that
 * waited for its people be taken too ({@link UnknownPeopleRetry}).
 */
@Component
class FileIngest {

	/** The most characters of a file's name (as kept in {@code source_file.file_name}). */
	static final int MAX_NAME = 255;

	private final RawFileArchive archive;

	private final SourceFileRepository sourceFiles;

	private final JobOperator jobOperator;

	private final Job ingestJob;

	private final ProgressBoard progress;

	private final Clock clock;

	private final RejectedRowStore rejections;

	private final UnknownPeopleRetry retry;

	private final JobRepository jobRepository;

	private final AbandonedExecutions abandoned;

	private final JobCreationGate creationGate;

	FileIngest(RawFileArchive archive, SourceFileRepository sourceFiles, JobOperator jobOperator,
			@Qualifier("ingestJob") Job ingestJob, ProgressBoard progress, Optional<Clock> clock,
			RejectedRowStore rejections, UnknownPeopleRetry retry, JobRepository jobRepository,
			AbandonedExecutions abandoned, JobCreationGate creationGate) {
		this.archive = archive;
		this.sourceFiles = sourceFiles;
		this.jobOperator = jobOperator;
		this.ingestJob = ingestJob;
		this.progress = progress;
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.rejections = rejections;
		this.retry = retry;
		this.jobRepository = jobRepository;
		this.abandoned = abandoned;
		this.creationGate = creationGate;
	}

	/**
	 * A file received: archived by its sha256 and registered (or found registered), or what became of it
	 * when it cannot be ({@code done}: a name too long).
	 */
	record Received(String name, InputKind kind, SourceFile source, String sha256, FileOutcome done) {
	}

	Received receive(Path file, String name, InputKind kind) {
		if (name.codePointCount(0, name.length()) > MAX_NAME) {
			return new Received(name, kind, null, null, new FileOutcome(name, kind, FileOutcome.Result.FAILED, 0, 0,
					"not taken: its name is longer than " + MAX_NAME + " characters; rename it and send it again", null));
		}
		RawFileArchive.Archived kept = archive.keep(file);
		SourceFile source = sourceFiles.findByKindAndSha256(kind, kept.sha256())
			.orElseGet(() -> sourceFiles.save(new SourceFile(name, kind, kept.sha256(), kept.sizeBytes(),
					kept.path().toString(), LocalDateTime.now(clock))));
		return new Received(name, kind, source, kept.sha256(), null);
	}

	/** A file of a folder; one that cannot be read fails alone. */
	FileOutcome takeReadable(Received file, boolean ownPhase) {
		try {
			return take(file, ownPhase);
		}
		catch (UncheckedIOException ex) {
			return unreadable(file.name(), file.kind(), ex);
		}
	}

	static FileOutcome unreadable(String name, InputKind kind, UncheckedIOException ex) {
		return new FileOutcome(name, kind, FileOutcome.Result.FAILED, 0, 0, name + " cannot be read: "
				+ FailureReason.of(ex), null);
	}

	FileOutcome take(Received file, boolean ownPhase) {
		if (file.done() != null) {
			return file.done();
		}
		String name = file.name();
		InputKind kind = file.kind();
		// as it is now: a people file taken since it was received may have let its waiting rows be taken
		SourceFile source = sourceFiles.findById(file.source().getId()).orElseThrow();
		if (source.getStatus() == SourceFile.Status.COMPLETE) {
			return outcome(name, source, FileOutcome.Result.UNCHANGED, List.of());
		}
		if (ownPhase) {
			progress.current().phase("Ingest " + name, "rows", 0);
		}
		if (!kind.isWorkbook()) {
			try {
				source.readAs(CsvEncoding.detect(Path.of(source.getArchivePath()), name).name());
				source = sourceFiles.save(source);
			}
			catch (InputFileException ex) {
				source.failed(ex.getMessage());
				return outcome(name, sourceFiles.save(source), FileOutcome.Result.FAILED, List.of());
			}
		}
		JobParameters identifying = new JobParametersBuilder().addString("kind", kind.name())
			.addString("sha256", file.sha256())
			.toJobParameters();
		JobExecution last = jobRepository.getLastJobExecution(ingestJob.getName(), identifying);
		if (last != null && last.isRunning() && !abandoned.recoverIfAbandoned(last)) {
			// another live process is taking this very file: it is not marked failed here
			return new FileOutcome(name, kind, FileOutcome.Result.FAILED, 0, 0, name + " is being taken by "
					+ abandoned.describe(last) + "; run again when it has finished", source.getId());
		}
		JobParametersBuilder parameters = new JobParametersBuilder(identifying)
			.addString(AbandonedExecutions.RUNNER, AbandonedExecutions.runner(), false)
			.addLong("sourceFileId", source.getId(), false)
			.addString("file", source.getArchivePath(), false)
			.addString("name", name, false);
		if (source.getEncoding() != null) {
			parameters.addString("encoding", source.getEncoding(), false);
		}
		String failure = launch(parameters.toJobParameters());
		source = sourceFiles.findById(source.getId()).orElseThrow();
		if (failure != null) {
			return failed(name, source, failure);
		}
		List<RetriedRows> retried = kind == InputKind.AGENTS && source.getRowsTaken() > 0 ? retry.retry(source.getId())
				: List.of();
		return outcome(name, source, FileOutcome.Result.TAKEN, retried);
	}

	/**
	 * The file's failure, with what it left: rows of the chunks committed before it stopped stay
	 * taken (a restart goes on from there), and the outcome says how many, as the database holds them.
	 */
	private FileOutcome failed(String name, SourceFile source, String failure) {
		RejectedRowStore.RowCounts counts = rejections.counts(source.getId());
		String reason = counts.taken() == 0 ? failure
				: failure + "; the " + counts.taken() + " row(s) taken before it stopped stay taken, and feeding the "
						+ "same file again goes on after them";
		source.failed(reason, counts.taken(), counts.rejected());
		return outcome(name, sourceFiles.save(source), FileOutcome.Result.FAILED, List.of());
	}

	private String launch(JobParameters parameters) {
		creationGate.enter();
		try {
			JobExecution execution = jobOperator.start(ingestJob, parameters);
			if (execution.getStatus() == BatchStatus.COMPLETED) {
				return null;
			}
			return execution.getAllFailureExceptions().stream().findFirst().map(FailureReason::of)
				.orElse("ingest ended " + execution.getStatus());
		}
		catch (JobInstanceAlreadyCompleteException ex) {
			return null;
		}
		catch (Exception ex) {
			return FailureReason.of(ex);
		}
		finally {
			creationGate.leave();
		}
	}

	private static FileOutcome outcome(String name, SourceFile source, FileOutcome.Result result,
			List<RetriedRows> retried) {
		return new FileOutcome(name, source.getKind(), result, source.getRowsTaken(), source.getRowsRejected(),
				source.getFailure(), source.getId(), source.getEncoding(), retried);
	}

}
