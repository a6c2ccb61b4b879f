package com.conductledger.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The packaged jar ({@code ledger.jar}, set by the failsafe plugin) as a user starts it: a child
 * JVM in its own working directory (its H2 database, archive and log under {@code data/}), which a
 * test may kill with SIGKILL ({@link Process#destroyForcibly()} on Linux) when its log shows a point.
 */
final class LedgerProcess {

	private final Process process;

	private final Path directory;

	private final Path stdout;

	private final Path stderr;

	private LedgerProcess(Process process, Path directory, Path stdout, Path stderr) {
		this.process = process;
		this.directory = directory;
		this.stdout = stdout;
		this.stderr = stderr;
	}

	static Path jar() {
		String jar = System.getProperty("ledger.jar");
		if (jar == null || !Files.isRegularFile(Path.of(jar))) {
			throw new IllegalStateException("the fault suite runs the packaged jar: run it with mvn verify (ledger.jar="
					+ jar + ")");
		}
		return Path.of(jar);
	}

	static LedgerProcess start(Path directory, Map<String, String> environment, String... arguments)
			throws IOException {
		Files.createDirectories(directory);
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx512m", "-jar", jar().toString()));
		command.addAll(List.of(arguments));
		Path out = Files.createTempFile(directory, "stdout-", ".txt");
		Path err = Files.createTempFile(directory, "stderr-", ".txt");
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
			.redirectOutput(out.toFile())
			.redirectError(err.toFile());
		builder.environment().putAll(environment);
		return new LedgerProcess(builder.start(), directory, out, err);
	}

	/** Runs to the end (at most 10 minutes). */
	static Result run(Path directory, Map<String, String> environment, String... arguments)
			throws IOException, InterruptedException {
		return start(directory, environment, arguments).awaitExit(Duration.ofMinutes(10));
	}

	/** Waits until a line of the process's log matches; false when it ended (or the time ran out) first. */
	boolean awaitLog(Predicate<String> line, Duration timeout) throws IOException, InterruptedException {
		Path log = directory.resolve("data/logs/conduct-ledger.log");
		long deadline = System.nanoTime() + timeout.toNanos();
		long since = Files.exists(log) ? Files.size(log) : 0;
		while (System.nanoTime() < deadline) {
			if (Files.exists(log) && Files.size(log) > since) {
				byte[] bytes = Files.readAllBytes(log);
				String added = new String(bytes, (int) Math.min(since, bytes.length), (int) (bytes.length - Math.min(since,
						bytes.length)), StandardCharsets.UTF_8);
				if (added.lines().anyMatch(line)) {
					return true;
				}
			}
			if (!process.isAlive()) {
				return false;
			}
			Thread.sleep(20);
		}
		return false;
	}

	/** SIGKILL: no shutdown hook, no finally block, no flush runs. */
	Result kill() throws IOException, InterruptedException {
		process.destroyForcibly();
		return awaitExit(Duration.ofMinutes(1));
	}

	boolean isAlive() {
		return process.isAlive();
	}

	long pid() {
		return process.pid();
	}

	Result awaitExit(Duration timeout) throws IOException, InterruptedException {
		if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("the run did not end in " + timeout);
		}
		Result result = new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
				Files.readString(stderr, StandardCharsets.UTF_8));
		Files.delete(stdout);
		Files.delete(stderr);
		return result;
	}

	record Result(int exitCode, String stdout, String stderr) {

		/** For an assertion's message. */
		String describe() {
			return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
		}

	}

}
