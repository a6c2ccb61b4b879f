package com.conductledger.ingest.xlsx;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a push-style producer (the SAX parse of a sheet) on its own daemon thread and lets the
 * reader pull the rows one at a time. The small bounded queue keeps memory flat however long the
 * sheet is; closing stops the producer even when the reader quits halfway.
 */
final class RowHandOff implements AutoCloseable {

	/** Pushes rows into the sink until done; the sink throws to abort it once the hand-off is closed. */
	interface Producer {

		void produce(Consumer<SheetRow> sink) throws Exception;

	}

	static final int CAPACITY = 256;

	private static final long STOP_WAIT_MILLIS = 5_000;

	private static final Object END = new Object();

	private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(CAPACITY);

	private final Thread thread;

	private volatile boolean closed;

	private boolean ended;

	private RowHandOff(String threadName, Producer producer) {
		this.thread = new Thread(() -> run(producer), threadName);
		this.thread.setDaemon(true);
	}

	static RowHandOff start(String threadName, Producer producer) {
		RowHandOff handOff = new RowHandOff(threadName, producer);
		handOff.thread.start();
		return handOff;
	}

	/**
	 * The next row, or null once the producer has finished.
	 * @throws ProducerFailedException when the producer stopped with an exception
	 */
	SheetRow next() throws InterruptedException {
		if (ended || closed) {
			return null;
		}
		Object item = queue.take();
		if (item instanceof SheetRow row) {
			return row;
		}
		ended = true;
		if (item instanceof Failure failure) {
			if (failure.cause() instanceof Error error) {
				throw error;
			}
			throw new ProducerFailedException(failure.cause());
		}
		return null;
	}

	@Override
	public void close() {
		closed = true;
		thread.interrupt();
		queue.clear();
		try {
			thread.join(STOP_WAIT_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private void run(Producer producer) {
		Object last;
		try {
			producer.produce(this::put);
			last = END;
		}
		catch (Throwable ex) {
			if (closed) {
				return;
			}
			last = new Failure(ex);
		}
		try {
			while (!closed && !queue.offer(last, 100, TimeUnit.MILLISECONDS)) {
				// the reader is still busy with earlier rows
			}
		}
		catch (InterruptedException ex) {
			// closed while waiting: nobody will read the last item
		}
	}

	private void put(SheetRow row) {
		if (closed) {
			throw new Stopped();
		}
		try {
			queue.put(row);
		}
		catch (InterruptedException ex) {
			throw new Stopped();
		}
	}

	private record Failure(Throwable cause) {
	}

	/** Unwinds the producer's parse once the hand-off is closed. */
	private static final class Stopped extends RuntimeException {

		Stopped() {
			super("Row hand-off closed", null, false, false);
		}

	}

	/** The producer ended with an exception, which is the cause. */
	static final class ProducerFailedException extends RuntimeException {

		ProducerFailedException(Throwable cause) {
			super(cause.getMessage(), cause);
		}

	}

}
