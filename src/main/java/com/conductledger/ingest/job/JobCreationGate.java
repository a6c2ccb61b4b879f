package com.conductledger.ingest.job;

import java.util.concurrent.locks.ReentrantLock;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Lets one ingest job execution at a time be created in this process, while the jobs themselves run
 * side by side. Spring Batch creates a job instance and its execution under SERIALIZABLE isolation:
 * on the MySQL server that turns its look-up of the instance into a locking read of the index gap,
 * and two executions created at once can deadlock on it. The gate is entered before a job is
 * started and left as soon as the job begins (its execution is then created), or when the start
 * returns, whichever comes first.
 */
@Component
public class JobCreationGate implements JobExecutionListener {

	private final ReentrantLock lock = new ReentrantLock();

	public void enter() {
		lock.lock();
	}

	/** Leaves the gate if this thread holds it; does nothing otherwise. */
	public void leave() {
		if (lock.isHeldByCurrentThread()) {
			lock.unlock();
		}
	}

	@Override
	public void beforeJob(JobExecution jobExecution) {
		leave();
	}

}
