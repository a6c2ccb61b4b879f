package com.conductledger.web.periods;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import com.conductledger.ingest.FailureReason;
import com.conductledger.nightly.CloseRefusedException;
import com.conductledger.nightly.OnDemand;
import com.conductledger.period.Period;
import com.conductledger.progress.Progress;
import com.conductledger.progress.ProgressBoard;
import com.conductledger.reporting.MonthlyOutputs;
import com.conductledger.scoring.job.PeriodScorer;
import com.conductledger.web.WebProblem;

/**
 * Runs a manager's "Rescore now" and "Close this period" in the background, one at a time, so that
 * the request returns at once and the page shows a progress bar; the latest task of each period is
 * kept (in memory: a restart forgets it, the ledger and the files do not).
 */
@Component
class PeriodTasks implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PeriodTasks.class);

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "period-task");
		thread.setDaemon(true);
		return thread;
	});

	private final Map<String, PeriodTask> latest = new ConcurrentHashMap<>();

	private final OnDemand onDemand;

	private final ProgressBoard board;

	private final Clock clock;

	PeriodTasks(OnDemand onDemand, ProgressBoard board, Optional<Clock> clock) {
		this.onDemand = onDemand;
		this.board = board;
		this.clock = clock.orElse(Clock.systemDefaultZone());
	}

	PeriodTask rescore(Period period, String who) {
		return start(PeriodTask.Kind.RESCORE, period, who,
				() -> onDemand.rescore(period, Optional.empty(), who));
	}

	PeriodTask close(Period period, String confirmedPayrollSha256, String who) {
		onDemand.closeRefusal(period).ifPresent(reason -> {
			throw WebProblem.conflict("不能定稿 " + reason);
		});
		return start(PeriodTask.Kind.CLOSE, period, who,
				() -> onDemand.close(period, Optional.of(confirmedPayrollSha256), Optional.empty(), who));
	}

	Optional<PeriodTask> latest(String period) {
		return Optional.ofNullable(latest.get(period));
	}

	private synchronized PeriodTask start(PeriodTask.Kind kind, Period period, String who, Work work) {
		latest.values().stream().filter(PeriodTask::running).findFirst().ifPresent(running -> {
			throw WebProblem.conflict("请稍候 a " + running.view().label() + " of " + running.period()
					+ " is still running: wait until it has finished");
		});
		PeriodTask task = new PeriodTask(kind, period.name(), who, LocalDateTime.now(clock));
		latest.put(period.name(), task);
		worker.submit(() -> run(task, work));
		return task;
	}

	private void run(PeriodTask task, Work work) {
		Progress progress = board.begin(task.progress());
		try {
			MonthlyOutputs.Written written = work.run();
			task.done(outcome(task, written), LocalDateTime.now(clock));
		}
		catch (CloseRefusedException | OnDemand.BusyException | PeriodScorer.ScoringFailedException ex) {
			task.failed(ex.getMessage(), LocalDateTime.now(clock));
		}
		catch (RuntimeException ex) {
			log.error("{} of {} failed", task.view().kind(), task.period(), ex);
			task.failed("failed: " + FailureReason.of(ex), LocalDateTime.now(clock));
		}
		finally {
			board.end(progress);
		}
	}

	private static String outcome(PeriodTask task, MonthlyOutputs.Written written) {
		var manifest = written.manifest();
		String what = task.view().kind() == PeriodTask.Kind.CLOSE ? "已定稿 closed: FINAL" : "已重新评分 rescored: DRAFT";
		return what + "; payroll " + manifest.rows() + " rows, " + manifest.totalDeductionPoints() + " points, "
				+ "deductions " + manifest.totalDeductionAmount() + ", rewards " + manifest.totalRewardAmount();
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

	@FunctionalInterface
	private interface Work {

		MonthlyOutputs.Written run();

	}

}
