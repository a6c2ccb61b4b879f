package com.conductledger.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.conductledger.ConductLedgerApplication;

/**
 * The jar's main as a user runs it: a separate JVM on the test class path, in its own working
 * directory (so its embedded H2 database and log are its own), with its real exit code, standard
 * output and standard error.
 */
public final class ChildJvm {

	private ChildJvm() {
	}

	public static Run run(Path workingDirectory, String... arguments) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path"), ConductLedgerApplication.class.getName()));
		command.addAll(List.of(arguments));
		Path stdout = Files.createTempFile(workingDirectory, "stdout-", ".txt");
		Path stderr = Files.createTempFile(workingDirectory, "stderr-", ".txt");
		long started = System.nanoTime();
		Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
			.redirectOutput(stdout.toFile())
			.redirectError(stderr.toFile())
			.start();
		if (!process.waitFor(10, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("the command did not finish in 10 minutes: " + arguments[0]);
		}
		Run run = new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
				Files.readString(stderr, StandardCharsets.UTF_8), (System.nanoTime() - started) / 1_000_000);
		Files.delete(stdout);
		Files.delete(stderr);
		return run;
	}

	/** What a finished run left: exit code, what it printed, how long it took. */
	public record Run(int exitCode, String stdout, String stderr, long millis) {
	}

}
