package com.conductledger.ingest.job;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import com.conductledger.ingest.HeaderCheckingReader;
import com.conductledger.ingest.InputKind;
import com.conductledger.ingest.ParsedRow;
import com.conductledger.ingest.RawRow;
import com.conductledger.ingest.RowReader;
import com.conductledger.ingest.parse.KnownPeople;
import com.conductledger.ingest.parse.RowParser;
import com.conductledger.ingest.parse.RowParsers;
import com.conductledger.ingest.store.FactWriter;
import com.conductledger.ingest.store.KeyOwners;
import com.conductledger.ingest.store.RejectedRowStore;
import com.conductledger.ingest.store.SourceFile;
import com.conductledger.ingest.store.SourceFileRepository;
import com.conductledger.progress.ProgressBoard;
import com.conductledger.schedule.PenaltySchedule;

/**
 * The ingest job: loads one received input file (its archived copy) into the facts, rejecting bad
 * rows with their reasons, then records the file's counts. Keyed by the file's kind and sha256, so
 * the same content is taken once and a failed load restarts where it stopped.
 */
@Configuration(proxyBeanMethods = false)
class IngestJobConfiguration {

	static final String JOB_NAME = "ingestJob";

	@Bean
	Job ingestJob(JobRepository jobRepository, Step ingestLoadStep, Step ingestCloseStep, JobCreationGate creationGate) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(creationGate)
			.start(ingestLoadStep)
			.next(ingestCloseStep)
			.build();
	}

	@Bean
	Step ingestLoadStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			HeaderCheckingReader ingestReader, IngestRowProcessor ingestRowProcessor, IngestRowWriter ingestRowWriter,
			@Value("${ledger.ingest.chunk-size}") int chunkSize) {
		return new StepBuilder("ingestLoadStep", jobRepository).<RawRow, ParsedRow>chunk(chunkSize)
			.transactionManager(transactionManager)
			.reader(ingestReader)
			.processor(ingestRowProcessor)
			.writer(ingestRowWriter)
			.build();
	}

	@Bean
	Step ingestCloseStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			Tasklet ingestCloseTasklet) {
		return new StepBuilder("ingestCloseStep", jobRepository).tasklet(ingestCloseTasklet, transactionManager)
			.build();
	}

	@Bean
	@StepScope
	RowParser ingestRowParser(@Value("#{jobParameters['kind']}") String kind, JdbcTemplate jdbc,
			PenaltySchedule schedule) {
		return RowParsers.forKind(InputKind.valueOf(kind), knownPeople(jdbc), schedule);
	}

	/** The people of agents.csv taken so far, with their roles. */
	static KnownPeople knownPeople(JdbcTemplate jdbc) {
		Map<String, String> roles = new LinkedHashMap<>();
		jdbc.query("select agent_id, role from person", rs -> {
			roles.put(rs.getString(1), rs.getString(2));
		});
		return new KnownPeople(roles);
	}

	@Bean
	@StepScope
	HeaderCheckingReader ingestReader(@Value("#{jobParameters['kind']}") String kind,
			@Value("#{jobParameters['file']}") String file, @Value("#{jobParameters['name']}") String name,
			@Value("#{jobParameters['encoding']}") String encoding, RowParser ingestRowParser) {
		RowReader reader = RowReaders.open(InputKind.valueOf(kind), Path.of(file), name, encoding);
		return new HeaderCheckingReader(reader, ingestRowParser.requiredColumns(), name);
	}

	@Bean
	@StepScope
	IngestRowProcessor ingestRowProcessor(RowParser ingestRowParser,
			@Value("#{jobParameters['sourceFileId']}") Long sourceFileId, JdbcTemplate jdbc) {
		// on a restart, the keys the failed run already took from this file
		return new IngestRowProcessor(ingestRowParser, IngestRowProcessor.seenKeysOf(jdbc, sourceFileId));
	}

	@Bean
	@StepScope
	IngestRowWriter ingestRowWriter(@Value("#{jobParameters['kind']}") String kind,
			@Value("#{jobParameters['sourceFileId']}") Long sourceFileId, @Value("#{jobParameters['name']}") String name,
			FactWriter facts, RejectedRowStore rejections, KeyOwners owners, ProgressBoard progress) {
		return new IngestRowWriter(
				new ParsedRowsStore(InputKind.valueOf(kind), sourceFileId, name, facts, rejections, owners), progress);
	}

	@Bean
	@StepScope
	Tasklet ingestCloseTasklet(@Value("#{jobParameters['sourceFileId']}") Long sourceFileId,
			SourceFileRepository files, RejectedRowStore rejections) {
		return (contribution, chunkContext) -> {
			RejectedRowStore.RowCounts counts = rejections.counts(sourceFileId);
			SourceFile file = files.findById(sourceFileId).orElseThrow();
			file.completed(counts.taken(), counts.rejected());
			files.save(file);
			return RepeatStatus.FINISHED;
		};
	}

}
