package com.conductledger.nightly;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.conductledger.ingest.FileOutcome;
import com.conductledger.ingest.FolderIngest;
import com.conductledger.ingest.IngestReport;
import com.conductledger.lease.AbandonedExecutions;
import com.conductledger.lease.RunLease;
import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.reporting.MonthlyOutputs;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.scoring.job.PeriodScorer;

/**
 * The nightly run: ingest the inbox, close every period whose cut-off day has passed, rescore every
 * open period and rewrite its DRAFT reports. Only one runs at a time on a database, whatever the
 * number of application instances ({@link RunLease}).
 */
@Service
public class NightlyRun {

	private static final Logger log = LoggerFactory.getLogger(NightlyRun.class);

	private final RunLease lease;

	private final AbandonedExecutions abandoned;

	private final FolderIngest ingest;

	private final MonthlyClose close;

	private final PeriodScorer scorer;

	private final MonthlyOutputs outputs;

	private final PeriodRegistry periods;

	private final PenaltySchedule schedule;

	private final Path inbox;

	private final Path outputRoot;

	NightlyRun(RunLease lease, AbandonedExecutions abandoned, FolderIngest ingest, MonthlyClose close, PeriodScorer scorer, MonthlyOutputs outputs,
			PeriodRegistry periods, PenaltySchedule schedule, @Value("${ledger.inbox-dir}") Path inbox,
			@Value("${ledger.output-dir}") Path outputRoot) {
		this.lease = lease;
		this.abandoned = abandoned;
		this.ingest = ingest;
		this.close = close;
		this.scorer = scorer;
		this.outputs = outputs;
		this.periods = periods;
		this.schedule = schedule;
		this.inbox = inbox;
		this.outputRoot = outputRoot;
	}

	/** Runs the night that starts {@code today} (in the centre's zone); false when another run holds the lock. */
	public boolean run(LocalDate today) {
		Optional<RunLease.Held> held = lease.tryAcquire("nightly " + today);
		if (held.isEmpty()) {
			log.info("nightly run skipped: another run holds the lease ({})", lease.holder());
			return false;
		}
		try (RunLease.Held running = held.get()) {
			int recovered = abandoned.recoverAll();
			if (recovered > 0) {
				log.warn("{} job execution(s) left by a process that died were recovered; their files are taken again "
						+ "from where they stopped", recovered);
			}
			List<FileOutcome> unfinished = ingestInbox();
			Period current = Period.containing(today, schedule.cutoffDay());
			for (Period due : dueForClose(current)) {
				if (!unfinished.isEmpty()) {
					// a period is closed (payroll final) only on complete data: never on a file that was not taken
					log.error("period {} is due for its close but is NOT closed tonight: {} inbox file(s) could not be "
							+ "taken (first: {}); fix or remove them, the next night closes it", due, unfinished.size(),
							unfinished.get(0).failure());
					continue;
				}
				log.info("closing period {}", due);
				close.close(due, outputRoot);
			}
			for (Period open : openPeriods(current)) {
				scorer.score(open);
				outputs.write(open, outputRoot.resolve(open.name()), false);
			}
			return true;
		}
	}

	/** Periods not yet FINAL whose last day is over: the known ones, and always the one just ended. */
	private List<Period> dueForClose(Period current) {
		TreeSet<Period> due = new TreeSet<>();
		periods.all().stream()
			.filter(status -> !status.isFinal())
			.map(status -> Period.of(status.period(), schedule.cutoffDay()))
			.filter(period -> period.compareTo(current) < 0)
			.forEach(due::add);
		if (!periods.find(current.previous().name()).map(PeriodStatus::isFinal).orElse(false)) {
			due.add(current.previous());
		}
		return new ArrayList<>(due);
	}

	private List<Period> openPeriods(Period current) {
		TreeSet<Period> open = new TreeSet<>();
		open.add(current);
		periods.all().stream()
			.filter(status -> !status.isFinal())
			.map(status -> Period.of(status.period(), schedule.cutoffDay()))
			.forEach(open::add);
		return new ArrayList<>(open);
	}

	/** Ingests the inbox; returns the files that could not be taken. */
	private List<FileOutcome> ingestInbox() {
		if (!Files.isDirectory(inbox)) {
			return List.of();
		}
		IngestReport report = ingest.ingest(inbox);
		for (FileOutcome file : report.files()) {
			if (file.result() == FileOutcome.Result.FAILED) {
				log.warn("inbox file {} could not be read, it stays in the inbox: {}", file.name(), file.failure());
			}
			if (file.result() == FileOutcome.Result.IGNORED) {
				log.warn("inbox file {} needs a look: {}", file.name(), file.failure());
			}
		}
		moveToProcessed(report);
		return report.failed();
	}

	/** Taken files leave the inbox (their raw bytes are archived by sha256); failed ones stay for a person to see. */
	private void moveToProcessed(IngestReport report) {
		Path done = inbox.resolve("processed").resolve(LocalDate.now(schedule.zone()).toString());
		for (FileOutcome file : report.files()) {
			if (file.result() == FileOutcome.Result.TAKEN || file.result() == FileOutcome.Result.UNCHANGED) {
				try {
					Path target = done.resolve(file.name());
					Files.createDirectories(target.getParent());
					Files.move(inbox.resolve(file.name()), target, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (IOException ex) {
					throw new UncheckedIOException("cannot move " + file.name() + " out of the inbox", ex);
				}
			}
		}
		Path evaluations = inbox.resolve("evaluations");
		try (Stream<Path> left = Files.isDirectory(evaluations) ? Files.list(evaluations) : Stream.empty()) {
			if (Files.isDirectory(evaluations) && left.findAny().isEmpty()) {
				Files.delete(evaluations);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
