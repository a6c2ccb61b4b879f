package com.conductledger.ingest.job;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.conductledger.ingest.FailureReason;
import com.conductledger.ingest.ParsedRow;
import com.conductledger.ingest.Problem;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.RetriedRows;
import com.conductledger.ingest.RowReader;
import com.conductledger.ingest.parse.KnownPeople;
import com.conductledger.ingest.parse.RowParser;
import com.conductledger.ingest.parse.RowParsers;
import com.conductledger.ingest.store.FactWriter;
import com.conductledger.ingest.store.KeyOwners;
import com.conductledger.ingest.store.RejectedRowStore;
import com.conductledger.ingest.store.SourceFile;
import com.conductledger.ingest.store.SourceFileRepository;
import com.conductledger.schedule.PenaltySchedule;

/**
 * Takes the rows that were rejected only because a person was not (yet) in agents.csv, once that
 * person is (jobs/ingest/README.md, "Rows waiting for people"). Each such row is read again from
 * its file's archived copy and validated again as when it came; a row that passes is taken with its
 * own file and row as its source, and its rejection is resolved in the same transaction, so it is
 * taken once and no longer reported. A row that now fails for another reason (a duplicate id, a
 * later file re-stating the same fact) is rejected anew with that reason; a row still naming an
 * unknown person keeps waiting. Files go in the order they were received, one transaction each.
 */
@Component
public class UnknownPeopleRetry {

	private static final Logger log = LoggerFactory.getLogger(UnknownPeopleRetry.class);

	private final JdbcTemplate jdbc;

	private final SourceFileRepository files;

	private final FactWriter facts;

	private final RejectedRowStore rejections;

	private final KeyOwners owners;

	private final PenaltySchedule schedule;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final int chunkSize;

	UnknownPeopleRetry(JdbcTemplate jdbc, SourceFileRepository files, FactWriter facts, RejectedRowStore rejections,
			KeyOwners owners, PenaltySchedule schedule, PlatformTransactionManager transactionManager,
			Optional<Clock> clock, @Value("${ledger.ingest.chunk-size}") int chunkSize) {
		this.jdbc = jdbc;
		this.files = files;
		this.facts = facts;
		this.rejections = rejections;
		this.owners = owners;
		this.schedule = schedule;
		this.transaction = new TransactionTemplate(transactionManager);
		this.clock = clock.orElse(Clock.systemDefaultZone());
		this.chunkSize = chunkSize;
	}

	/** Whether any waiting row could be taken now (a cheap look before {@link #retry}). */
	public boolean anyToRetry() {
		return !rejections.rowsWhosePeopleAreKnown().isEmpty();
	}

	/**
	 * Retries every waiting row whose people are all known now.
	 * @param byFileId the agents file whose taking let them be known (recorded on the resolved
	 * rejections); null for rows that waited through an upgrade
	 */
	public List<RetriedRows> retry(Long byFileId) {
		List<RetriedRows> results = new ArrayList<>();
		for (Map.Entry<Long, TreeSet<Integer>> waiting : rejections.rowsWhosePeopleAreKnown().entrySet()) {
			SourceFile file = files.findById(waiting.getKey()).orElse(null);
			if (file == null || file.getStatus() != SourceFile.Status.COMPLETE) {
				continue;
			}
			try {
				results.add(transaction.execute(status -> retryFile(file, waiting.getValue(), byFileId)));
			}
			catch (RuntimeException ex) {
				log.warn("retrying the rows of {} that waited for people failed", file.getFileName(), ex);
				results.add(new RetriedRows(file.getFileName(), 0, 0, waiting.getValue().size(),
						"not retried: " + FailureReason.of(ex)));
			}
		}
		return results;
	}

	private RetriedRows retryFile(SourceFile file, TreeSet<Integer> rows, Long byFileId) {
		RowParser parser = RowParsers.forKind(file.getKind(), people(), schedule);
		ParsedRowsStore store = new ParsedRowsStore(file.getKind(), file.getId(), file.getFileName(), facts, rejections,
				owners);
		IngestRowProcessor processor = new IngestRowProcessor(parser, IngestRowProcessor.seenKeysOf(jdbc, file.getId()));
		Tally tally = new Tally();
		RowReader reader = RowReaders.open(file.getKind(), Path.of(file.getArchivePath()), file.getFileName(),
				file.getEncoding());
		reader.open(new ExecutionContext());
		try {
			List<ParsedRow> batch = new ArrayList<>();
			for (RawRow raw = reader.read(); raw != null && raw.row() <= rows.last(); raw = reader.read()) {
				if (!rows.contains(raw.row())) {
					continue;
				}
				ParsedRow parsed = processor.process(raw);
				if (parsed == null || parsed instanceof ParsedRow.Rejected rejected && rejected.waitsForPeople()) {
					tally.waiting++;
					continue;
				}
				batch.add(parsed);
				if (batch.size() == chunkSize) {
					write(store, batch, byFileId, tally);
					batch.clear();
				}
			}
			write(store, batch, byFileId, tally);
		}
		catch (Exception ex) {
			throw new IllegalStateException("cannot read " + file.getFileName() + " again: " + ex.getMessage(), ex);
		}
		finally {
			reader.close();
		}
		RejectedRowStore.RowCounts counts = rejections.counts(file.getId());
		file.recounted(counts.taken(), counts.rejected());
		files.save(file);
		return new RetriedRows(file.getFileName(), tally.taken, tally.rejected, tally.waiting, null);
	}

	private void write(ParsedRowsStore store, List<ParsedRow> batch, Long byFileId, Tally tally) {
		if (batch.isEmpty()) {
			return;
		}
		List<ParsedRow> checked = withoutKeysStatedLater(store, batch);
		rejections.resolve(store.sourceFileId(), checked.stream().map(row -> row.source().row()).toList(), byFileId,
				LocalDateTime.now(clock));
		int taken = store.store(checked).size();
		tally.taken += taken;
		tally.rejected += checked.size() - taken;
	}

	/** A row the person's absence held back must not undo what a later file said about the same fact. */
	private List<ParsedRow> withoutKeysStatedLater(ParsedRowsStore store, List<ParsedRow> batch) {
		Map<String, ParsedRow.Accepted> accepted = new LinkedHashMap<>();
		batch.stream()
			.filter(ParsedRow.Accepted.class::isInstance)
			.map(ParsedRow.Accepted.class::cast)
			.forEach(row -> accepted.put(row.factKey(), row));
		Map<String, String> later = owners.statedLater(store.kind(), accepted.keySet(), store.sourceFileId());
		if (later.isEmpty()) {
			return batch;
		}
		return batch.stream().map(row -> {
			if (row instanceof ParsedRow.Accepted taken && later.containsKey(taken.factKey())) {
				String column = String.join("+", taken.keyValues().keySet());
				return (ParsedRow) new ParsedRow.Rejected(row.source(), List.of(new Problem(column, taken.factKey(),
						"not taken when its people became known: " + later.get(taken.factKey())
								+ ", received later, states this row's " + column + " already")));
			}
			return row;
		}).toList();
	}

	private KnownPeople people() {
		return IngestJobConfiguration.knownPeople(jdbc);
	}

	private static final class Tally {

		int taken;

		int rejected;

		int waiting;

	}

}
