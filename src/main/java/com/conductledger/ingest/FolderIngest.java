package com.conductledger.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import com.conductledger.ingest.job.UnknownPeopleRetry;
import com.conductledger.progress.ProgressBoard;

/**
 * Ingests an input folder in the layout of formats.md: every file is received first, in the folder's
 * order, then taken by the ingest job ({@link FileIngest}), people first, then the other kinds side by
 * side ({@link KindLanes}, {@code ledger.ingest.threads}). A file whose content was taken before changes
 * nothing; a file that cannot be read fails alone, and the others are still taken.
 */
@Service
public class FolderIngest {

	static final Comparator<Path> INGEST_ORDER = Comparator
		.comparing((Path path) -> InputKind.of(path).map(Enum::ordinal).orElse(Integer.MAX_VALUE))
		.thenComparing(path -> !InputKind.of(path).map(kind -> kind.isPlainName(path.toString())).orElse(false))
		.thenComparing(Path::toString);

	private final FileIngest files;

	private final UnknownPeopleRetry retry;

	private final ProgressBoard progress;

	/** How many kinds of file are taken at once after the people. */
	private final int threads;

	FolderIngest(FileIngest files, UnknownPeopleRetry retry, ProgressBoard progress,
			@Value("${ledger.ingest.threads:0}") int threads) {
		if (threads < 0) {
			throw new IllegalArgumentException("ledger.ingest.threads must be 0 (the machine's cores) or more, got " + threads);
		}
		this.files = files;
		this.retry = retry;
		this.progress = progress;
		this.threads = threads == 0 ? Math.min(4, Runtime.getRuntime().availableProcessors()) : threads;
	}

	public IngestReport ingest(Path folder) {
		if (!Files.isDirectory(folder)) {
			throw new InputFileException("input folder not found: " + folder.toAbsolutePath().normalize());
		}
		List<RetriedRows> retriedFirst = retry.anyToRetry() ? retry.retry(null) : List.of();
		List<Path> listed = listFiles(folder);
		// every file is received first, in the folder's order, so that the order received (which decides
		// which of two files re-stating a fact is the later) is the folder's, however the files are taken
		Map<Path, FileOutcome> outcomes = new HashMap<>();
		Map<Path, FileIngest.Received> received = new LinkedHashMap<>();
		for (Path relative : listed) {
			String name = nameOf(relative);
			Optional<InputKind> kind = InputKind.of(relative);
			if (kind.isEmpty()) {
				outcomes.put(relative, FileOutcome.ignored(name));
				continue;
			}
			try {
				received.put(relative, files.receive(folder.resolve(relative), name, kind.get()));
			}
			catch (UncheckedIOException ex) {
				outcomes.put(relative, FileIngest.unreadable(name, kind.get(), ex));
			}
		}
		// the people first, alone; then the other kinds side by side, each kind's files in their order
		List<Path> others = new ArrayList<>();
		received.forEach((relative, file) -> {
			if (file.kind() == InputKind.AGENTS) {
				outcomes.put(relative, files.takeReadable(file, true));
			}
			else {
				others.add(relative);
			}
		});
		boolean sideBySide = KindLanes.sideBySide(others, FolderIngest::kindOf, threads);
		if (sideBySide) {
			progress.current().phase("Ingest " + others.size() + " files, " + threads + " at a time", "rows", 0);
		}
		List<FileOutcome> taken = KindLanes.take(others, FolderIngest::kindOf, file -> sizeOf(folder.resolve(file)),
				file -> files.takeReadable(received.get(file), !sideBySide), threads);
		for (int i = 0; i < others.size(); i++) {
			outcomes.put(others.get(i), taken.get(i));
		}
		return new IngestReport(listed.stream().map(outcomes::get).toList(), retriedFirst);
	}

	/**
	 * Ingests one file (e.g. an upload) under the name it is known by. A CSV's encoding is found
	 * first (one that is neither UTF-8 nor GB18030 fails the file). A people file that is taken
	 * lets the rows that waited for its people be taken too ({@link UnknownPeopleRetry}).
	 */
	public FileOutcome ingestFile(Path file, String name, InputKind kind) {
		progress.current().phase("Ingest " + name, "rows", 0);
		return files.take(files.receive(file, name, kind), false);
	}

	private static InputKind kindOf(Path relative) {
		return InputKind.of(relative).orElseThrow();
	}

	private static String nameOf(Path relative) {
		return relative.toString().replace('\\', '/');
	}

	private static long sizeOf(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			return 0;
		}
	}

	/**
	 * The folder's files, relative to it, in ingest order: by kind (people first, as in
	 * {@link InputKind}); within a kind the plain name ({@code roster.csv}) first, then the others by
	 * name, so that dated drops ({@code roster-2026-11-25.csv}) come in date order and a later drop's
	 * re-stated rows replace an earlier one's.
	 */
	private static List<Path> listFiles(Path folder) {
		try (Stream<Path> walk = Files.walk(folder, 2)) {
			return walk.filter(Files::isRegularFile)
				.map(folder::relativize)
				.filter(path -> !path.getFileName().toString().startsWith("."))
				.sorted(INGEST_ORDER)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot list " + folder + ": " + ex.getMessage(), ex);
		}
	}

}
