package com.conductledger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

import com.conductledger.cli.ArgumentChecks;
import com.conductledger.cli.CommandLine;
import com.conductledger.cli.GenerateCommand;
import com.conductledger.cli.StartFailure;
import com.conductledger.cli.TemplateCommand;
import com.conductledger.cli.Usage;
import com.conductledger.cli.UsageException;

/**
 * The jar's entry point. The command line is read and checked first (an unknown option, a bad
 * period or a missing folder is reported at once, and help is printed, without starting anything);
 * then {@code generate} and {@code template} run on their own, the other commands start the
 * application without the web, and no command starts the web interface and the nightly schedule.
 */
@SpringBootApplication
public class ConductLedgerApplication {

	private static final Path LOG_FILE = Path.of("data", "logs", "conduct-ledger.log");

	public static void main(String[] args) {
		CommandLine line;
		try {
			line = CommandLine.parse(args);
			if (line.help()) {
				Usage.print(line, System.out);
				System.exit(0);
			}
			ArgumentChecks.check(line);
		}
		catch (UsageException ex) {
			System.err.println("conduct-ledger: " + ex.getMessage());
			System.exit(2);
			return;
		}
		if (!line.needsApplication()) {
			System.exit(line.commandName().equals("generate") ? GenerateCommand.run(line) : TemplateCommand.run(line));
		}
		SpringApplication application = new SpringApplication(ConductLedgerApplication.class);
		if (!line.isWeb()) {
			application.setBannerMode(Banner.Mode.OFF);
			application.setWebApplicationType(WebApplicationType.NONE);
			application.setDefaultProperties(commandLineDefaults());
		}
		ConfigurableApplicationContext context;
		try {
			context = application.run(args);
		}
		catch (RuntimeException ex) {
			System.err.println("conduct-ledger: " + StartFailure.reason(ex));
			System.exit(1);
			return;
		}
		catch (OutOfMemoryError ex) {
			System.err.println("conduct-ledger: out of memory (" + ex.getMessage() + "); give the JVM more heap, e.g. java -Xmx512m");
			System.exit(1);
			return;
		}
		if (!line.isWeb()) {
			System.exit(SpringApplication.exit(context));
		}
		// otherwise the web interface and the nightly schedule keep running until stopped
	}

	/** On the command line the console shows the summary and one-line errors; the log goes to a file. */
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
