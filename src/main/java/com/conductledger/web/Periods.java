package com.conductledger.web;

import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.schedule.PenaltySchedule;

/** Reads a period named in a URL: {@code YYYY-MM}, and known to the ledger. */
@Component
public class Periods {

	private static final Pattern NAME = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");

	private final PeriodRegistry registry;

	private final PenaltySchedule schedule;

	Periods(PeriodRegistry registry, PenaltySchedule schedule) {
		this.registry = registry;
		this.schedule = schedule;
	}

	/** The name checked to be {@code YYYY-MM}, safe to use in a file name. */
	public static String checkName(String name) {
		if (name == null || !NAME.matcher(name).matches()) {
			throw WebProblem.notFound("没有此周期 no period '" + name + "': periods are named YYYY-MM, e.g. 2026-11");
		}
		return name;
	}

	/** The period's state; 404 if it has never been scored. */
	public PeriodStatus status(String name) {
		return registry.find(checkName(name))
			.orElseThrow(() -> WebProblem.notFound("周期未评分 period " + name + " has not been scored yet"));
	}

	public Period period(String name) {
		return Period.of(checkName(name), schedule.cutoffDay());
	}

}
