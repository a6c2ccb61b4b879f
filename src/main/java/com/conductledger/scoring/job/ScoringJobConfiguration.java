package com.conductledger.scoring.job;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.batch.infrastructure.item.support.ListItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import com.conductledger.period.Period;
import com.conductledger.progress.ProgressBoard;

/**
 * The scoring job: for a period, scores every day (attendance, leave, private swaps, breaks,
 * conduct), or takes the day from the period's current run when nothing it reads changed, then the
 * period's swaps and sick certificates, then the adjustments it carries for
 * closed periods that received late data and the corrections of resolved disputes, writing under a new
 * run id, and finally makes that run the period's ledger in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class ScoringJobConfiguration {

	static final String JOB_NAME = "scoringJob";

	@Bean
	Job scoringJob(JobRepository jobRepository, ScoringRuns scoringRuns, Step scoringDaysStep, Step scoringSwapsStep,
			Step scoringAdjustmentsStep, Step scoringCommitStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(scoringRuns)
			.start(scoringDaysStep)
			.next(scoringSwapsStep)
			.next(scoringAdjustmentsStep)
			.next(scoringCommitStep)
			.build();
	}

	@Bean
	Step scoringDaysStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ListItemReader<LocalDate> periodDays, DayScoringProcessor dayScoringProcessor,
			ItemWriter<ScoredDay> scoredDayWriter) {
		return new StepBuilder("scoringDaysStep", jobRepository).<LocalDate, ScoredDay>chunk(1)
			.transactionManager(transactionManager)
			.reader(periodDays)
			.processor(dayScoringProcessor)
			.writer(scoredDayWriter)
			.build();
	}

	@Bean
	@StepScope
	ListItemReader<LocalDate> periodDays(@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId,
			ScoringRuns runs) {
		Period period = runs.of(jobExecutionId).context().period;
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = period.firstDate(); !day.isAfter(period.lastDate()); day = day.plusDays(1)) {
			days.add(day);
		}
		return new ListItemReader<>(days);
	}

	@Bean
	@StepScope
	DayScoringProcessor dayScoringProcessor(@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId,
			ScoringRuns runs, FactsRepository facts) {
		return new DayScoringProcessor(runs.of(jobExecutionId), facts);
	}

	@Bean
	@StepScope
	ItemWriter<ScoredDay> scoredDayWriter(@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId,
			ScoringRuns runs, LedgerStore ledger, ProgressBoard progress) {
		ScoringRunState run = runs.of(jobExecutionId);
		return chunk -> chunk.forEach(day -> {
			if (day.isTaken()) {
				ledger.copyDay(day.takenFrom(), run.runId(), day.date());
				run.daysTaken().incrementAndGet();
			}
			else {
				ledger.write(run.runId(), run.period(), day.entries(), day.warnings(), day.date());
				run.daysScored().incrementAndGet();
			}
			ledger.recordDay(run.runId(), day.date(), day.fingerprint());
			progress.current().advance(1);
		});
	}

	@Bean
	Step scoringSwapsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ScoringRuns runs,
			LedgerStore ledger) {
		Tasklet swapsAndCertificates = (contribution, chunkContext) -> {
			ScoringRunState run = runs.of(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
			ScoringContext context = run.context();
			ledger.write(run.runId(), run.period(), PeriodWideRules.entries(context), context.swapWarnings, null);
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("scoringSwapsStep", jobRepository).tasklet(swapsAndCertificates, transactionManager)
			.build();
	}

	@Bean
	Step scoringAdjustmentsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
			ScoringRuns runs, LedgerStore ledger, LateDataAdjustments adjustments, List<LedgerCorrections> corrections) {
		Tasklet lateData = (contribution, chunkContext) -> {
			ScoringRunState run = runs.of(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
			ledger.writeEntries(run.runId(), run.period(), adjustments.forOpenPeriod(run.context().period));
			for (LedgerCorrections correction : corrections) {
				ledger.writeEntries(run.runId(), run.period(),
						correction.forPeriod(run.context().period, id -> ledger.holds(run.runId(), id)));
			}
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("scoringAdjustmentsStep", jobRepository).tasklet(lateData, transactionManager).build();
	}

	@Bean
	Step scoringCommitStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ScoringRuns runs,
			LedgerStore ledger) {
		Tasklet commit = (contribution, chunkContext) -> {
			ScoringRunState run = runs.of(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
			ledger.commitRun(run.runId(), run.context().period);
			ledger.recordDays(run.runId(), run.daysScored().get(), run.daysTaken().get());
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("scoringCommitStep", jobRepository).tasklet(commit, transactionManager).build();
	}

}
