package com.conductledger.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Takes files of several kinds at once, one lane per kind: a kind's files one after the other in
 * the order given (a later drop's re-stated rows replace an earlier one's), different kinds side by
 * side on up to {@code threads} threads. Only the people files must come before the others (every
 * other kind's rows are checked against the people, and against nothing of another kind), so the
 * caller takes those first. The lanes with the most bytes start first, so the longest does not start
 * last. An unexpected failure of one file lets no lane start another file, waits for the files being
 * taken, and is thrown as it would have been one file at a time.
 */
final class KindLanes {

	private KindLanes() {
	}

	/** Whether {@link #take} takes these files side by side (more than one thread, more than one kind). */
	static boolean sideBySide(List<Path> files, Function<Path, InputKind> kindOf, int threads) {
		return sideBySide(lanes(files, kindOf), threads);
	}

	private static boolean sideBySide(Map<InputKind, List<Path>> lanes, int threads) {
		return threads > 1 && lanes.size() > 1;
	}

	private static Map<InputKind, List<Path>> lanes(List<Path> files, Function<Path, InputKind> kindOf) {
		Map<InputKind, List<Path>> lanes = new LinkedHashMap<>();
		for (Path file : files) {
			lanes.computeIfAbsent(kindOf.apply(file), kind -> new ArrayList<>()).add(file);
		}
		return lanes;
	}

	/** The outcome of each file, in the order of {@code files}. */
	static List<FileOutcome> take(List<Path> files, Function<Path, InputKind> kindOf, ToLongFunction<Path> sizeOf,
			Function<Path, FileOutcome> taker, int threads) {
		Map<InputKind, List<Path>> lanes = lanes(files, kindOf);
		if (!sideBySide(lanes, threads)) {
			return files.stream().map(taker).toList();
		}
		Map<List<Path>, Long> bytes = new IdentityHashMap<>();
		lanes.values().forEach(lane -> bytes.put(lane, lane.stream().mapToLong(sizeOf).sum()));
		List<List<Path>> longestFirst = new ArrayList<>(lanes.values());
		longestFirst.sort(Comparator.comparing(bytes::get, Comparator.reverseOrder()));
		Map<Path, FileOutcome> outcomes = new ConcurrentHashMap<>();
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger lanesStarted = new AtomicInteger();
		ExecutorService executor = Executors.newFixedThreadPool(Math.min(threads, lanes.size()),
				work -> new Thread(work, "ingest-" + lanesStarted.incrementAndGet()));
		try {
			List<Future<?>> running = new ArrayList<>();
			for (List<Path> lane : longestFirst) {
				running.add(executor.submit(() -> {
					for (Path file : lane) {
						if (stop.get()) {
							return;
						}
						try {
							outcomes.put(file, taker.apply(file));
						}
						catch (RuntimeException | Error ex) {
							stop.set(true);
							throw ex;
						}
					}
				}));
			}
			Throwable first = null;
			for (Future<?> lane : running) {
				try {
					lane.get();
				}
				catch (ExecutionException ex) {
					first = first == null ? ex.getCause() : first;
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					stop.set(true);
					first = first == null ? ex : first;
				}
			}
			if (first instanceof RuntimeException runtime) {
				throw runtime;
			}
			if (first instanceof Error error) {
				throw error;
			}
			if (first != null) {
				throw new IllegalStateException("ingest interrupted", first);
			}
		}
		finally {
			executor.shutdownNow();
		}
		return files.stream().map(outcomes::get).toList();
	}

}
