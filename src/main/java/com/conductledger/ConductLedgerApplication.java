package com.conductledger;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.conductledger.ingest.FailureReason;

@SpringBootApplication
public class ConductLedgerApplication {

	/** In {@code run} mode the console shows the summary and one-line errors; the log goes to a file. */
	private static final Map<String, Object> COMMAND_LINE_DEFAULTS = Map.of("logging.threshold.console", "OFF",
			"logging.file.name", "./data/logs/conduct-ledger.log", "spring.main.log-startup-info", "false");

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(ConductLedgerApplication.class);
		if (Arrays.asList(args).contains("run")) {
			application.setBannerMode(Banner.Mode.OFF);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setDefaultProperties(COMMAND_LINE_DEFAULTS);
		}
		ConfigurableApplicationContext context;
		try {
			context = application.run(args);
		}
		catch (RuntimeException ex) {
			System.err.println("conduct-ledger: cannot start: " + FailureReason.of(ex));
			System.exit(1);
			return;
		}
		System.exit(SpringApplication.exit(context));
	}

}
