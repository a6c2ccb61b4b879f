package com.conductledger.nightly;

import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.CronTrigger;

import com.conductledger.schedule.PenaltySchedule;

/** Starts the nightly run on the cron of {@code ledger.nightly.cron}, in the zone of the penalty schedule. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "ledger.nightly.enabled", havingValue = "true")
class NightlySchedule implements SchedulingConfigurer {

	private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

	private final NightlyRun nightly;

	private final PenaltySchedule schedule;

	private final String cron;

	NightlySchedule(NightlyRun nightly, PenaltySchedule schedule, @Value("${ledger.nightly.cron}") String cron) {
		this.nightly = nightly;
		this.schedule = schedule;
		this.cron = cron;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addTriggerTask(this::runTonight, new CronTrigger(cron, schedule.zone()));
		log.info("nightly run scheduled at '{}' in {}", cron, schedule.zone());
	}

	private void runTonight() {
		try {
			nightly.run(LocalDate.now(schedule.zone()));
		}
		catch (RuntimeException ex) {
			log.error("nightly run failed", ex);
		}
	}

}
