package com.conductledger.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KindLanesTests {

	private static final List<Path> FOLDER = List.of(Path.of("holidays.csv"), Path.of("roster.csv"),
			Path.of("roster-2026-11-24.csv"), Path.of("roster-2026-11-25.csv"), Path.of("attendance.csv"),
			Path.of("attendance-2026-11-25.csv"), Path.of("breaks.csv"), Path.of("evaluations/qa-1.xlsx"),
			Path.of("evaluations/qa-2.xlsx"));

	private static InputKind kindOf(Path file) {
		return InputKind.of(file).orElseThrow();
	}

	private static FileOutcome taken(Path file) {
		return new FileOutcome(file.toString(), kindOf(file), FileOutcome.Result.TAKEN, 1, 0, null, null);
	}

	@Test
	void theOutcomesComeInTheOrderOfTheFilesWhateverOrderTheLanesFinishIn() {
		List<FileOutcome> outcomes = KindLanes.take(FOLDER, KindLanesTests::kindOf,
				file -> file.toString().startsWith("roster") ? 1_000 : 1, file -> {
					if (kindOf(file) == InputKind.HOLIDAYS) {
						sleep(50);
					}
					return taken(file);
				}, 3);

		assertThat(outcomes).extracting(FileOutcome::name)
			.containsExactlyElementsOf(FOLDER.stream().map(Path::toString).toList());
	}

	@Test
	void aKindsFilesAreTakenOneAfterTheOtherInTheirOrderNeverTwoAtOnce() {
		Map<InputKind, AtomicInteger> busy = new ConcurrentHashMap<>();
		List<String> order = Collections.synchronizedList(new ArrayList<>());
		List<String> overlaps = Collections.synchronizedList(new ArrayList<>());

		KindLanes.take(FOLDER, KindLanesTests::kindOf, file -> 1, file -> {
			AtomicInteger inKind = busy.computeIfAbsent(kindOf(file), kind -> new AtomicInteger());
			if (inKind.incrementAndGet() > 1) {
				overlaps.add(file.toString());
			}
			order.add(file.toString());
			sleep(20);
			inKind.decrementAndGet();
			return taken(file);
		}, 4);

		assertThat(overlaps).isEmpty();
		assertThat(order.stream().filter(name -> name.startsWith("roster")))
			.containsExactly("roster.csv", "roster-2026-11-24.csv", "roster-2026-11-25.csv");
		assertThat(order.stream().filter(name -> name.startsWith("evaluations")))
			.containsExactly("evaluations/qa-1.xlsx", "evaluations/qa-2.xlsx");
	}

	@Test
	void differentKindsAreTakenAtTheSameTime() throws InterruptedException {
		CountDownLatch bothStarted = new CountDownLatch(2);
		List<Path> two = List.of(Path.of("roster.csv"), Path.of("attendance.csv"));
		AtomicInteger sawTheOther = new AtomicInteger();

		KindLanes.take(two, KindLanesTests::kindOf, file -> 1, file -> {
			bothStarted.countDown();
			try {
				if (bothStarted.await(10, TimeUnit.SECONDS)) {
					sawTheOther.incrementAndGet();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return taken(file);
		}, 2);

		assertThat(sawTheOther).hasValue(2);
	}

	@Test
	void oneThreadTakesEveryFileInTheGivenOrderOnTheCallersThread() {
		List<String> order = new ArrayList<>();
		Thread caller = Thread.currentThread();
		List<Thread> threads = new ArrayList<>();

		KindLanes.take(FOLDER, KindLanesTests::kindOf, file -> file.toString().length(), file -> {
			order.add(file.toString());
			threads.add(Thread.currentThread());
			return taken(file);
		}, 1);

		assertThat(order).containsExactlyElementsOf(FOLDER.stream().map(Path::toString).toList());
		assertThat(threads).containsOnly(caller);
	}

	@Test
	void theLanesWithTheMostBytesStartFirst() {
		List<String> started = Collections.synchronizedList(new ArrayList<>());
		Map<String, Long> sizes = Map.of("holidays.csv", 10L, "roster.csv", 900L, "attendance.csv", 500L,
				"breaks.csv", 700L);
		List<Path> files = sizes.keySet().stream().sorted().map(Path::of).toList();

		CountDownLatch firstTwo = new CountDownLatch(2);

		KindLanes.take(files, KindLanesTests::kindOf, file -> sizes.get(file.toString()), file -> {
			started.add(file.toString());
			firstTwo.countDown();
			try {
				firstTwo.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return taken(file);
		}, 2);

		assertThat(started.subList(0, 2)).containsExactlyInAnyOrder("roster.csv", "breaks.csv");
	}

	@Test
	void anUnexpectedFailureStartsNoFurtherFileAndIsThrownAfterTheOtherLanesStop() {
		List<String> taken = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch otherLaneStarted = new CountDownLatch(1);
		CountDownLatch failed = new CountDownLatch(1);
		Function<Path, FileOutcome> taker = file -> {
			if (file.toString().equals("roster.csv")) {
				// fails while the other lane is taking its first file
				await(otherLaneStarted);
				failed.countDown();
				throw new IllegalStateException("database gone");
			}
			otherLaneStarted.countDown();
			await(failed);
			sleep(200);
			taken.add(file.toString());
			return taken(file);
		};
		List<Path> files = List.of(Path.of("roster.csv"), Path.of("attendance.csv"),
				Path.of("attendance-2026-11-25.csv"), Path.of("attendance-2026-11-26.csv"));

		assertThatThrownBy(() -> KindLanes.take(files, KindLanesTests::kindOf, file -> 1, taker, 2))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("database gone");
		assertThat(taken).containsExactly("attendance.csv");
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
