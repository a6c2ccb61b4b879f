package com.conductledger.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import com.conductledger.period.Period;
import com.conductledger.schedule.PenaltySchedule;
import com.conductledger.schedule.ScheduleException;
import com.conductledger.whatif.WhatIf;
import com.conductledger.whatif.WhatIfFiles;
import com.conductledger.whatif.WhatIfResult;

/**
 * {@code whatif --period=YYYY-MM --schedule=FILE --out=DIR}: the period scored in memory under the
 * proposal beside the version in force; writes the two what-if files and prints the totals. A
 * proposal that does not validate is refused (exit 1) with the key named.
 */
@Component
class WhatIfCommand implements ApplicationRunner, ExitCodeGenerator {

	private final WhatIf whatIf;

	private final PenaltySchedule schedule;

	private int exitCode;

	WhatIfCommand(WhatIf whatIf, PenaltySchedule schedule) {
		this.whatIf = whatIf;
		this.schedule = schedule;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		CommandLine line = CommandLine.parse(arguments.getSourceArgs());
		if (!line.commandName().equals(Commands.WHATIF.name())) {
			return;
		}
		Period period = Period.of(line.option("period").orElseThrow(), schedule.cutoffDay());
		Path file = Path.of(line.option("schedule").orElseThrow());
		try {
			WhatIfResult result = whatIf.run(period, Files.readAllBytes(file), file.getFileName().toString());
			WhatIfFiles.write(result, Path.of(line.option("out").orElseThrow()))
				.forEach(written -> System.out.printf("Wrote %s%n", written));
			System.out.println(summary(result, schedule.currency()));
		}
		catch (ScheduleException ex) {
			System.err.println("conduct-ledger: proposal refused: " + ex.getMessage());
			exitCode = 1;
		}
		catch (IOException ex) {
			System.err.println("conduct-ledger: cannot read " + file + ": " + ex.getMessage());
			exitCode = 1;
		}
	}

	static String summary(WhatIfResult result, String currency) {
		return String.format("What-if %s against version %d (%s): %d of %d people affected (%d with other points), "
				+ "%d tier changes, money moved %s %s (net change %s); %d ms (reading the facts %d ms), nothing stored",
				result.period(),
				result.inForce().number(), result.inForce().title(), result.peopleAffected(), result.people(),
				result.pointsChanged(), result.tierChanges(), result.moneyMoved(), currency, result.netChange(),
				result.millis(), result.readMillis());
	}

	@Override
	public int getExitCode() {
		return exitCode;
	}

}
