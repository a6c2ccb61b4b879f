package com.conductledger.web.payroll;

import java.nio.file.Path;
import java.util.List;

import org.springframework.stereotype.Component;

import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.web.OutputFile.Audience;
import com.conductledger.web.PeriodFolder;
import com.conductledger.web.Periods;
import com.conductledger.web.WebProblem;

/** Payroll files are released with the period's close: a DRAFT or OPEN period's payroll is never served. */
@Component
class PayrollReleases {

	private final PeriodRegistry registry;

	private final Periods periods;

	private final PeriodFolder folder;

	PayrollReleases(PeriodRegistry registry, Periods periods, PeriodFolder folder) {
		this.registry = registry;
		this.periods = periods;
		this.folder = folder;
	}

	List<PayrollRow> all() {
		return registry.all().stream()
			.map(status -> new PayrollRow(status.period(), status.state(), status.isFinal(),
					status.isFinal() ? folder.list(status.period(), Audience.PAYROLL) : List.of()))
			.toList();
	}

	Path file(String period, String fileName) {
		PeriodStatus status = periods.status(period);
		if (!status.isFinal()) {
			throw WebProblem.notFound("薪资文件未发布 the payroll of " + period + " is not released: the period is "
					+ status.state() + ", and payroll files are served only once it is FINAL (closed)");
		}
		return folder.find(period, fileName, Audience.PAYROLL);
	}

}
