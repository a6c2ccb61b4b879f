package com.conductledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.conductledger.cli.GenerateCommand;
import com.conductledger.cli.TemplateCommand;
import com.conductledger.ingest.FailureReason;

@SpringBootApplication
public class ConductLedgerApplication {

	private static final Path LOG_FILE = Path.of("data", "logs", "conduct-ledger.log");

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals(GenerateCommand.COMMAND)) {
			System.exit(GenerateCommand.run(args));
		}
		if (args.length > 0 && args[0].equals(TemplateCommand.COMMAND)) {
			System.exit(TemplateCommand.run(args));
		}
		SpringApplication application = new SpringApplication(ConductLedgerApplication.class);
		boolean commandLine = Arrays.asList(args).contains("run");
		if (commandLine) {
			application.setBannerMode(Banner.Mode.OFF);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setDefaultProperties(commandLineDefaults());
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
		catch (OutOfMemoryError ex) {
			System.err.println("conduct-ledger: out of memory (" + ex.getMessage() + "); give the JVM more heap, e.g. java -Xmx512m");
			System.exit(1);
			return;
		}
		if (commandLine) {
			System.exit(SpringApplication.exit(context));
		}
		// otherwise the web interface and the nightly schedule keep running until stopped
	}

	/** In {@code run} mode the console shows the summary and one-line errors; the log goes to a file. */
	private static Map<String, Object> commandLineDefaults() {
		Map<String, Object> defaults = new HashMap<>();
		defaults.put("logging.threshold.console", "OFF");
		defaults.put("spring.main.log-startup-info", "false");
		defaults.put("ledger.nightly.enabled", "false");
		try {
			Files.createDirectories(LOG_FILE.getParent());
			defaults.put("logging.file.name", LOG_FILE.toString());
		}
		catch (IOException ex) {
			// no log file then; the one-line error still reaches the console
		}
		return defaults;
	}

}
