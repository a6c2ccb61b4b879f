package com.conductledger.reporting.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

import com.conductledger.period.Period;
import com.conductledger.reporting.MonthReport;
import com.conductledger.scorecard.Scorecard;

/**
 * Writes the PDF meeting packs of a month (formats.md "Outputs"): summary pages, then one scorecard
 * page per person with every ledger entry behind its points, for everyone
 * ({@code scorecards-YYYY-MM.pdf}) and for each team ({@code scorecards-YYYY-MM-<team>.pdf}), since
 * each team presents its own month at the meeting.
 * <p>
 * Memory stays bounded for a month of any size: the ledger is read once into an indexed spill file
 * and each person's entries are pulled only when the fill reaches that person; filled pages go to a
 * swap-file virtualizer ({@code pagesInMemory} pages stay in memory) and the PDF is written page by
 * page to disk. Temporary files go to {@code workDirectory} and are removed afterwards.
 * <p>
 * The packs are independent of each other, so {@link #writeAll} writes up to {@code threads} of them
 * at once (the full pack first, as it is the longest), each with its own virtualizer: memory grows by
 * {@code pagesInMemory} pages per thread, not with the month.
 */
public final class MeetingPackWriter {

	/**
	 * The characters a team name keeps in its pack's file name (any other becomes '_'); the web's
	 * download pattern for team packs is built from the same class, so every pack written is served.
	 */
	public static final String TEAM_FILE_NAME_CHARACTERS = "\\p{L}\\p{N}._-";

	private static final int DEFAULT_PAGES_IN_MEMORY = 50;

	/** The people from whom a pack is written in two halves, one per core, when {@code threads} allows. */
	private static final int DEFAULT_SPLIT_FROM = 1_000;

	private final Path workDirectory;

	private final int pagesInMemory;

	private final int threads;

	private final int splitFrom;

	/** Temporary files in the system's temporary directory, 50 pages in memory, one pack at a time. */
	public MeetingPackWriter() {
		this(1);
	}

	/** As {@link #MeetingPackWriter()}, writing up to {@code threads} packs at once. */
	public MeetingPackWriter(int threads) {
		this(Path.of(System.getProperty("java.io.tmpdir")), DEFAULT_PAGES_IN_MEMORY, threads);
	}

	public MeetingPackWriter(Path workDirectory, int pagesInMemory) {
		this(workDirectory, pagesInMemory, 1);
	}

	public MeetingPackWriter(Path workDirectory, int pagesInMemory, int threads) {
		this(workDirectory, pagesInMemory, threads, DEFAULT_SPLIT_FROM);
	}

	/**
	 * As {@link #MeetingPackWriter(Path, int, int)}; with {@code threads} above one, a pack of
	 * {@code splitFrom} people or more is written in two halves at once and joined.
	 */
	public MeetingPackWriter(Path workDirectory, int pagesInMemory, int threads, int splitFrom) {
		if (splitFrom < 2) {
			throw new IllegalArgumentException("splitFrom must be at least 2, got " + splitFrom);
		}
		this.splitFrom = splitFrom;
		if (pagesInMemory < 1) {
			throw new IllegalArgumentException("pagesInMemory must be at least 1, got " + pagesInMemory);
		}
		if (threads < 1) {
			throw new IllegalArgumentException("threads must be at least 1, got " + threads);
		}
		this.workDirectory = Objects.requireNonNull(workDirectory);
		this.pagesInMemory = pagesInMemory;
		this.threads = threads;
	}

	/** The full pack and one pack per team into {@code directory}; returns the files, full pack first. */
	public List<Path> writeAll(MonthReport report, Path directory) {
		return writeAll(report, directory, () -> {
		});
	}

	/** The number of packs {@link #writeAll} writes: the full one and one per team. */
	public static int packCount(MonthReport report) {
		return 1 + teams(report).size();
	}

	/** The file name of a team's pack: {@code scorecards-YYYY-MM-<team>.pdf}. */
	public static String teamFileName(Period period, String team) {
		return PackScope.ofTeam(team).fileName(period);
	}

	/** The file name of the full pack: {@code scorecards-YYYY-MM.pdf}. */
	public static String fullFileName(Period period) {
		return PackScope.everyone().fileName(period);
	}

	/**
	 * As {@link #writeAll(MonthReport, Path)}, telling {@code afterEachPack} as each pack is done (from
	 * the thread that wrote it, one call at a time). When a pack fails, no further pack is started,
	 * the packs under way are stopped, and the first failure is thrown.
	 */
	public List<Path> writeAll(MonthReport report, Path directory, Runnable afterEachPack) {
		return write(report, directory, afterEachPack, true);
	}

	/**
	 * The full pack alone, or with one pack per team, into {@code directory}, as
	 * {@link #writeAll(MonthReport, Path, Runnable)}; returns the files, full pack first.
	 */
	public List<Path> write(MonthReport report, Path directory, Runnable afterEachPack, boolean withTeamPacks) {
		List<PackScope> scopes = new ArrayList<>();
		scopes.add(PackScope.everyone());
		if (withTeamPacks) {
			teams(report).forEach(team -> scopes.add(PackScope.ofTeam(team)));
		}
		List<Path> files = fileNames(report, scopes, directory);
		Map<String, List<Scorecard>> byTeam = PackScope.byTeam(report.scorecards());
		List<List<Scorecard>> cards = scopes.stream().map(scope -> scope.select(report.scorecards(), byTeam)).toList();
		createDirectories(directory);
		try (LedgerSpill ledger = LedgerSpill.of(report.ledger(), workingDirectory())) {
			if (threads == 1 || scopes.size() == 1) {
				for (int i = 0; i < scopes.size(); i++) {
					write(report, scopes.get(i), cards.get(i), ledger, files.get(i));
					afterEachPack.run();
				}
			}
			else {
				writeConcurrently(report, scopes, cards, ledger, files, afterEachPack);
			}
		}
		return files;
	}

	private void writeConcurrently(MonthReport report, List<PackScope> scopes, List<List<Scorecard>> cards,
			LedgerSpill ledger, List<Path> files, Runnable afterEachPack) {
		ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, scopes.size()), packThreads());
		try {
			CompletionService<Path> packs = new ExecutorCompletionService<>(pool);
			for (int i = 0; i < scopes.size(); i++) {
				PackScope scope = scopes.get(i);
				List<Scorecard> scoped = cards.get(i);
				Path file = files.get(i);
				packs.submit(() -> {
					write(report, scope, scoped, ledger, file);
					synchronized (afterEachPack) {
						afterEachPack.run();
					}
					return file;
				});
			}
			for (int i = 0; i < scopes.size(); i++) {
				await(packs);
			}
		}
		finally {
			pool.shutdownNow();
			awaitTermination(pool);
		}
	}

	/** The next pack to finish; the first that failed ends the waiting with its failure. */
	private static void await(CompletionService<Path> packs) {
		try {
			packs.take().get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while writing the PDF packs", ex);
		}
		catch (ExecutionException ex) {
			Throwable cause = ex.getCause();
			if (cause instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (cause instanceof Error error) {
				throw error;
			}
			throw new IllegalStateException(cause.getMessage(), cause);
		}
	}

	/** The spill file is closed after this: no pack may still be reading it. */
	private static void awaitTermination(ExecutorService pool) {
		try {
			while (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
				pool.shutdownNow();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static ThreadFactory packThreads() {
		AtomicInteger count = new AtomicInteger();
		return task -> {
			Thread thread = new Thread(task, "pdf-pack-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

	/** Everyone's pack: {@code scorecards-YYYY-MM.pdf} by convention. */
	public void writeFull(MonthReport report, Path file) {
		try (LedgerSpill ledger = LedgerSpill.of(report.ledger(), workingDirectory())) {
			write(report, PackScope.everyone(), report.scorecards(), ledger, file);
		}
	}

	/** One team's pack: {@code scorecards-YYYY-MM-<team>.pdf} by convention. */
	public void writeTeam(MonthReport report, String team, Path file) {
		PackScope scope = PackScope.ofTeam(team);
		if (report.scorecards().stream().noneMatch(scope::includes)) {
			throw new IllegalArgumentException("no one of team '" + team + "' has a scorecard in " + report.period().name());
		}
		try (LedgerSpill ledger = LedgerSpill.of(report.ledger(), workingDirectory())) {
			write(report, scope, scope.select(report.scorecards()), ledger, file);
		}
	}

	/**
	 * One person's scorecard page alone, as in the pack (the report's ledger may hold that person's
	 * entries only).
	 */
	public void writePerson(MonthReport report, String personId, Path file) {
		PackScope scope = PackScope.ofPerson(personId);
		List<Scorecard> cards = scope.select(report.scorecards());
		if (cards.isEmpty()) {
			throw new IllegalArgumentException("'" + personId + "' has no scorecard in " + report.period().name());
		}
		JRSwapFileVirtualizer virtualizer = virtualizer();
		try (LedgerSpill ledger = LedgerSpill.of(report.ledger(), workingDirectory())) {
			JasperPrint page = new PackFiller(report, scope, virtualizer).people(cards, ledger, 0);
			virtualizer.setReadOnly(true);
			PdfPackExporter.export(List.of(page), file, "Conduct Ledger scorecard " + report.period().name() + " · "
					+ scope.label() + (report.finalized() ? " · FINAL" : " · DRAFT"));
		}
		finally {
			virtualizer.cleanup();
		}
	}

	private void write(MonthReport report, PackScope scope, List<Scorecard> cards, LedgerSpill ledger, Path file) {
		if (threads > 1 && cards.size() >= splitFrom) {
			writeInHalves(report, scope, cards, ledger, file);
			return;
		}
		JRSwapFileVirtualizer virtualizer = virtualizer();
		try {
			PackFiller filler = new PackFiller(report, scope, virtualizer);
			JasperPrint summary = filler.summary(cards);
			JasperPrint people = filler.people(cards, ledger, summary.getPages().size());
			virtualizer.setReadOnly(true);
			List<JasperPrint> parts = people.getPages().isEmpty() ? List.of(summary) : List.of(summary, people);
			PdfPackExporter.export(parts, file, title(report, scope));
		}
		finally {
			virtualizer.cleanup();
		}
	}

	/**
	 * A long pack on two cores: the export (two thirds of a pack's time) of the summary and the first
	 * half of the people runs on a second thread while the second half is filled and exported; then
	 * the two files are joined. The fills stay in order, so the second half's pages are numbered on
	 * from the first's, and every page reads as in a pack written at once.
	 */
	private void writeInHalves(MonthReport report, PackScope scope, List<Scorecard> cards, LedgerSpill ledger,
			Path file) {
		List<Scorecard> ordered = PersonPages.inMeetingOrder(cards);
		List<Scorecard> first = ordered.subList(0, ordered.size() / 2);
		List<Scorecard> second = ordered.subList(ordered.size() / 2, ordered.size());
		String title = title(report, scope);
		Path firstFile = workingDirectory().resolve(file.getFileName() + "." + UUID.randomUUID() + ".1.pdf");
		Path secondFile = workingDirectory().resolve(file.getFileName() + "." + UUID.randomUUID() + ".2.pdf");
		JRSwapFileVirtualizer firstPages = virtualizer();
		JRSwapFileVirtualizer secondPages = virtualizer();
		ExecutorService pool = Executors.newSingleThreadExecutor(packThreads());
		try {
			PackFiller filler = new PackFiller(report, scope, firstPages);
			JasperPrint summary = filler.summary(cards);
			JasperPrint firstPeople = filler.people(first, ledger, summary.getPages().size());
			firstPages.setReadOnly(true);
			CompletionService<Path> firstExport = new ExecutorCompletionService<>(pool);
			firstExport.submit(() -> {
				PdfPackExporter.export(List.of(summary, firstPeople), firstFile, title);
				return firstFile;
			});
			JasperPrint secondPeople = new PackFiller(report, scope, secondPages).people(second, ledger,
					summary.getPages().size() + firstPeople.getPages().size());
			secondPages.setReadOnly(true);
			PdfPackExporter.export(List.of(secondPeople), secondFile, title);
			await(firstExport);
			PdfParts.join(List.of(firstFile, secondFile), file, title);
		}
		finally {
			pool.shutdownNow();
			awaitTermination(pool);
			firstPages.cleanup();
			secondPages.cleanup();
			deleteQuietly(firstFile);
			deleteQuietly(secondFile);
		}
	}

	private JRSwapFileVirtualizer virtualizer() {
		return new JRSwapFileVirtualizer(pagesInMemory, new JRSwapFile(workingDirectory().toString(), 4096, 64), true);
	}

	private static String title(MonthReport report, PackScope scope) {
		return "Conduct Ledger meeting pack " + report.period().name() + " · " + scope.label()
				+ (report.finalized() ? " · FINAL" : " · DRAFT");
	}

	private static void deleteQuietly(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			// a temporary file left in the working directory; the next pack does not read it
		}
	}

	private static List<String> teams(MonthReport report) {
		return report.scorecards()
			.stream()
			.map(card -> card.month().person().team())
			.filter(team -> team != null && !team.isBlank())
			.distinct()
			.sorted()
			.toList();
	}

	/** Two team names that differ only in characters a file name cannot hold would overwrite each other. */
	private static List<Path> fileNames(MonthReport report, List<PackScope> scopes, Path directory) {
		Map<String, PackScope> taken = new HashMap<>();
		List<Path> files = new ArrayList<>();
		for (PackScope scope : scopes) {
			String name = scope.fileName(report.period());
			PackScope other = taken.putIfAbsent(name, scope);
			if (other != null) {
				throw new IllegalArgumentException("teams '" + other.team() + "' and '" + scope.team()
						+ "' would both be written to " + name + ": rename one of them in agents.csv");
			}
			files.add(directory.resolve(name));
		}
		return files;
	}

	private Path workingDirectory() {
		return createDirectories(workDirectory);
	}

	private static Path createDirectories(Path directory) {
		try {
			return Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not create " + directory, ex);
		}
	}

}
