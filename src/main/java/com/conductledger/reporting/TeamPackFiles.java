package com.conductledger.reporting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

import com.conductledger.period.Period;
import com.conductledger.period.PeriodRegistry;
import com.conductledger.period.PeriodStatus;
import com.conductledger.reporting.pdf.MeetingPackWriter;

/**
 * The team packs ({@code scorecards-YYYY-MM-<team>.pdf}) of an open period are rendered when someone
 * asks for one, not by every run: a night then renders each person's page once (in the full pack)
 * instead of twice, and the 834 packs of a 10,000-agent centre, which cost more than the full pack,
 * are made only for the team leads who open theirs (a pack of a dozen people takes well under a
 * second). The close writes every team pack of the FINAL month, as before, and
 * {@code ledger.reports.team-packs=every-run} writes them on every run for a centre that prints
 * them each morning.
 * <p>
 * A pack rendered on request is kept in the period's folder until the next run of the period
 * writes its reports, which removes the kept packs once its full pack is written: a kept pack
 * never outlives the reports it was rendered beside. A pack whose rendering overlapped such a run
 * (the full pack changed meanwhile) is not kept.
 */
@Service
public class TeamPackFiles {

	private static final Logger log = LoggerFactory.getLogger(TeamPackFiles.class);

	/** Where packs are rendered before they are kept, in the period's folder (so the move is atomic). */
	private static final String RENDERING = ".rendering";

	/** When the team packs of an open period are written. */
	public enum Mode {
		/** On request from the web or the API; at the close for every team. */
		ON_REQUEST,
		/** By every run of the period, as the full pack. */
		EVERY_RUN;

		static Mode of(String value) {
			return switch (value.strip().toLowerCase(Locale.ROOT)) {
				case "on-request" -> ON_REQUEST;
				case "every-run" -> EVERY_RUN;
				default -> throw new IllegalArgumentException(
						"ledger.reports.team-packs must be on-request or every-run, got '" + value + "'");
			};
		}
	}

	private final Mode mode;

	private final Path outputRoot;

	private final JdbcTemplate jdbc;

	private final PeriodRegistry periods;

	private final MonthReportAssembler assembler;

	private final ConcurrentHashMap<Path, Object> rendering = new ConcurrentHashMap<>();

	TeamPackFiles(@Value("${ledger.reports.team-packs:on-request}") String mode,
			@Value("${ledger.output-dir}") Path outputRoot, JdbcTemplate jdbc, PeriodRegistry periods,
			MonthReportAssembler assembler) {
		this.mode = Mode.of(mode);
		this.outputRoot = outputRoot.toAbsolutePath().normalize();
		this.jdbc = jdbc;
		this.periods = periods;
		this.assembler = assembler;
	}

	/** Whether a run writing the period's reports writes its team packs too. */
	public boolean writtenByRun(boolean finalized) {
		return finalized || mode == Mode.EVERY_RUN;
	}

	/**
	 * Removes the team packs in a period's folder, which belong to reports written before, and the
	 * renderings of an hour ago or more that were served but not kept.
	 */
	public static int removeKept(Path periodOut, Period period) {
		String prefix = "scorecards-" + period.name() + "-";
		if (!Files.isDirectory(periodOut)) {
			return 0;
		}
		int removed = 0;
		try (Stream<Path> files = Files.list(periodOut)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				if (name.startsWith(prefix) && name.endsWith(".pdf") && Files.isRegularFile(file)) {
					Files.delete(file);
					removed++;
				}
			}
			removeServed(periodOut.resolve(RENDERING));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot remove the team packs of " + periodOut + ": " + ex.getMessage(), ex);
		}
		return removed;
	}

	private static void removeServed(Path rendering) throws IOException {
		if (!Files.isDirectory(rendering)) {
			return;
		}
		FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
		try (Stream<Path> files = Files.list(rendering)) {
			for (Path file : files.toList()) {
				if (Files.getLastModifiedTime(file).compareTo(hourAgo) < 0) {
					Files.deleteIfExists(file);
				}
			}
		}
	}

	/**
	 * The pack files of the open period's teams that may be rendered on request, by name: none before
	 * the period's reports are written (its full pack is in the folder) or once it is FINAL.
	 */
	public List<String> onRequest(Period period) {
		if (!openWithReports(period)) {
			return List.of();
		}
		return teams(period).stream().map(team -> MeetingPackWriter.teamFileName(period, team)).toList();
	}

	/**
	 * The pack of the file name in the period's folder, rendered now if it is not there and the
	 * period is open with its reports written; empty if no team of the period has that file name.
	 */
	public Optional<Path> pack(Period period, String fileName) {
		Path folder = folder(period);
		Path file = folder.resolve(fileName).normalize();
		if (!folder.equals(file.getParent())) {
			return Optional.empty();
		}
		if (Files.isRegularFile(file)) {
			return Optional.of(file);
		}
		if (!openWithReports(period)) {
			return Optional.empty();
		}
		Optional<String> team = teams(period).stream()
			.filter(candidate -> MeetingPackWriter.teamFileName(period, candidate).equals(fileName))
			.findFirst();
		if (team.isEmpty()) {
			return Optional.empty();
		}
		synchronized (rendering.computeIfAbsent(file, key -> new Object())) {
			if (Files.isRegularFile(file)) {
				return Optional.of(file);
			}
			return Optional.of(render(period, team.get(), file));
		}
	}

	private Path render(Period period, String team, Path file) {
		Path fullPack = fullPack(period);
		Stamp before = Stamp.of(fullPack);
		long started = System.nanoTime();
		MonthReport report = assembler.assemble(period, false);
		Path rendered = temporary(file);
		try {
			new MeetingPackWriter().writeTeam(report, team, rendered);
			if (!before.equals(Stamp.of(fullPack))) {
				log.info("period {}: the pack of team {} was rendered while the period's reports were rewritten; not kept",
						period.name(), team);
				return rendered;
			}
			move(rendered, file);
			log.info("period {}: rendered {} on request in {} ms", period.name(), file.getFileName(),
					(System.nanoTime() - started) / 1_000_000);
			return file;
		}
		catch (RuntimeException | Error ex) {
			deleteQuietly(rendered);
			throw ex;
		}
	}

	private boolean openWithReports(Period period) {
		boolean open = periods.find(period.name()).map(status -> !status.isFinal()).orElse(false);
		return open && Files.isRegularFile(fullPack(period));
	}

	private List<String> teams(Period period) {
		return jdbc.queryForList("select distinct team from scorecard_snapshot where period = ? and team is not null"
				+ " order by team", String.class, period.name())
			.stream()
			.filter(team -> !team.isBlank())
			.toList();
	}

	private Path folder(Period period) {
		return outputRoot.resolve(period.name());
	}

	private Path fullPack(Period period) {
		return folder(period).resolve(MeetingPackWriter.fullFileName(period));
	}

	private static Path temporary(Path file) {
		try {
			Path directory = Files.createDirectories(file.getParent().resolve(RENDERING));
			return Files.createTempFile(directory, "team-pack-", ".pdf");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot render " + file.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

	private static void move(Path from, Path to) {
		try {
			try {
				Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot keep " + to.getFileName() + ": " + ex.getMessage(), ex);
		}
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a half-written temporary file is removed with the folder's next cleanup
		}
	}

	/** A file's last modification and size: which writing of it is there. */
	private record Stamp(FileTime modified, long size) {

		static Stamp of(Path file) {
			try {
				return new Stamp(Files.getLastModifiedTime(file), Files.size(file));
			}
			catch (IOException ex) {
				return new Stamp(null, -1);
			}
		}

	}

}
