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
import com.conductledger.scoring.rules.LedgerEntry;
import com.conductledger.scoring.rules.Ledger;
import com.conductledger.scoring.rules.LeaveValidity;
import com.conductledger.scoring.rules.SickCertificateRule;
import com.conductledger.scoring.rules.Swap;
import com.conductledger.scoring.rules.SwapRules;

/**
 * The scoring job: for a period, scores every day (attendance, leave, private swaps, breaks,
 * conduct), then the period's swaps and sick certificates, writing under a new run id, and
 * finally makes that run the period's ledger in one transaction.
 */
@Configuration(proxyBeanMethods = false)
class ScoringJobConfiguration {

	static final String JOB_NAME = "scoringJob";

	@Bean
	Job scoringJob(JobRepository jobRepository, ScoringRuns scoringRuns, Step scoringDaysStep, Step scoringSwapsStep,
			Step scoringCommitStep) {
		return new JobBuilder(JOB_NAME, jobRepository).listener(scoringRuns)
			.start(scoringDaysStep)
			.next(scoringSwapsStep)
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
		return new DayScoringProcessor(runs.of(jobExecutionId).context(), facts);
	}

	@Bean
	@StepScope
	ItemWriter<ScoredDay> scoredDayWriter(@Value("#{stepExecution.jobExecutionId}") Long jobExecutionId,
			ScoringRuns runs, LedgerStore ledger) {
		ScoringRunState run = runs.of(jobExecutionId);
		return chunk -> chunk.forEach(day -> ledger.write(run.runId(), run.period(), day.entries(), day.warnings()));
	}

	@Bean
	Step scoringSwapsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ScoringRuns runs,
			LedgerStore ledger) {
		Tasklet swapsAndCertificates = (contribution, chunkContext) -> {
			ScoringRunState run = runs.of(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
			ScoringContext context = run.context();
			ledger.write(run.runId(), run.period(), swapsAndCertificates(context), context.swapWarnings);
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("scoringSwapsStep", jobRepository).tasklet(swapsAndCertificates, transactionManager)
			.build();
	}

	@Bean
	Step scoringCommitStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, ScoringRuns runs,
			LedgerStore ledger) {
		Tasklet commit = (contribution, chunkContext) -> {
			ScoringRunState run = runs.of(chunkContext.getStepContext().getStepExecution().getJobExecutionId());
			ledger.commitRun(run.runId(), run.period());
			return RepeatStatus.FINISHED;
		};
		return new StepBuilder("scoringCommitStep", jobRepository).tasklet(commit, transactionManager).build();
	}

	/** rules.md 4.2 over the period's applied swaps, and rules.md 3's sick certificates of leaves ending in it. */
	private static List<LedgerEntry> swapsAndCertificates(ScoringContext context) {
		Ledger rulebook = new Ledger(context.schedule);
		LocalDate dayBefore = context.period.firstDate().minusDays(1);
		List<Swap> periodSwaps = context.applicableSwaps.stream()
			.filter(swap -> context.period.contains(swap.swapDate()))
			.toList();
		List<Swap> swapsDayBefore = context.applicableSwaps.stream()
			.filter(swap -> swap.swapDate().equals(dayBefore))
			.toList();
		List<LedgerEntry> entries = new ArrayList<>(new SwapRules(rulebook, context.people, context.holidays)
			.check(periodSwaps, swapsDayBefore, context.roster, context.roster));
		SickCertificateRule certificates = new SickCertificateRule(rulebook);
		LeaveValidity validity = new LeaveValidity(context.schedule.thresholds(), context.people, context.holidays);
		context.leaves.stream()
			.filter(leave -> context.period.contains(leave.lastDate()))
			.forEach(leave -> certificates.check(leave, validity.validForAShift(leave,
					context.roster.dutiesOf(leave.agentId(), leave.firstDate(), leave.lastDate())))
				.ifPresent(entries::add));
		return entries;
	}

}
