package org.cutis.rules.batch;

import java.io.BufferedReader;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Reads request lines on one thread, answers them on the others, and writes the answers on the
 * calling thread in input order. One line's rule work is short and independent of every other
 * line's, and a single thread left the second core of the registry's machine idle.
 *
 * <p>Lines travel in chunks so that handing work between threads costs little per line. Memory
 * stays flat whatever the input's size: at most {@link #CHUNKS_IN_FLIGHT} chunks exist at a time,
 * and a reader that runs ahead waits. A chunk is sent off as soon as no further input is ready,
 * and the writer flushes whenever nothing more is on its way, so an integration engine that sends
 * one line and waits gets its answer at once, as before.
 */
final class BatchPipeline {

	/** The answer (one JSON object in UTF-8, no newline) to one non-blank request line. */
	interface Answerer {
		byte[] answer(String line, long lineNumber);
	}

	static final int LINES_PER_CHUNK = 256;
	static final int CHUNKS_IN_FLIGHT = 16;
	private static final Chunk END = new Chunk();

	private final Answerer answerer;
	private final int workers;
	// the writer's order: every chunk that was read, until END
	private final BlockingQueue<Chunk> inOrder = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT);
	// the workers' share: the same chunks, then one END per worker
	private final BlockingQueue<Chunk> toAnswer = new ArrayBlockingQueue<>(CHUNKS_IN_FLIGHT + 64);
	private volatile boolean stopped;
	private volatile IOException readFailure;
	private volatile long linesRead;

	BatchPipeline(Answerer answerer, int workers) {
		this.answerer = answerer;
		this.workers = Math.max(1, workers);
	}

	/**
	 * Answers every non-blank line of {@code reader} on {@code writer}.
	 *
	 * @throws IOException when reading or writing failed (the answers before it are written)
	 */
	void run(BufferedReader reader, BufferedOutputStream writer) throws IOException {
		Thread readerThread = daemon("cutis-rules-reader", () -> read(reader));
		for (int i = 0; i < workers; i++) {
			daemon("cutis-rules-worker-" + (i + 1), this::answerChunks).start();
		}
		readerThread.start();
		try {
			write(writer);
		}
		finally {
			// a failed writer leaves nothing to wait for: the reader and the workers end on their own
			stopped = true;
		}
		if (readFailure != null) {
			throw readFailure;
		}
	}

	/** Lines read so far, blank ones included (for the message of an I/O failure). */
	long linesRead() {
		return linesRead;
	}

	private void read(BufferedReader reader) {
		Chunk chunk = new Chunk();
		long lineNumber = 0;
		try {
			String line;
			while (!stopped && (line = reader.readLine()) != null) {
				linesRead = ++lineNumber;
				if (line.isBlank()) {
					continue;
				}
				chunk.add(line, lineNumber);
				if (chunk.size == LINES_PER_CHUNK || !reader.ready()) {
					// not ready: the sender may be waiting for these answers before it sends more
					send(chunk);
					chunk = new Chunk();
				}
			}
		}
		catch (IOException | UncheckedIOException e) {
			readFailure = e instanceof IOException io ? io : ((UncheckedIOException) e).getCause();
		}
		finally {
			if (chunk.size > 0) {
				send(chunk);
			}
			put(inOrder, END);
			for (int i = 0; i < workers; i++) {
				put(toAnswer, END);
			}
		}
	}

	private void send(Chunk chunk) {
		// first in the writer's order, so that toAnswer never holds more than inOrder admits
		if (put(inOrder, chunk)) {
			put(toAnswer, chunk);
		}
	}

	private void answerChunks() {
		Chunk chunk;
		while ((chunk = take(toAnswer)) != null && chunk != END) {
			try {
				for (int i = 0; i < chunk.size; i++) {
					chunk.answers[i] = answerer.answer(chunk.lines[i], chunk.lineNumbers[i]);
					chunk.lines[i] = null;
				}
			}
			catch (RuntimeException | Error e) {
				chunk.failure = e;
			}
			finally {
				chunk.answered.countDown();
			}
		}
	}

	private void write(BufferedOutputStream writer) throws IOException {
		Chunk chunk;
		while ((chunk = take(inOrder)) != null && chunk != END) {
			try {
				chunk.answered.await();
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IOException("interrupted", e);
			}
			if (chunk.failure instanceof RuntimeException e) {
				// as on one thread: a defect the answerer did not turn into an error line stops the batch
				throw e;
			}
			if (chunk.failure instanceof Error e) {
				throw e;
			}
			for (int i = 0; i < chunk.size; i++) {
				writer.write(chunk.answers[i]);
				writer.write('\n');
			}
			if (inOrder.isEmpty()) {
				writer.flush();
			}
		}
		writer.flush();
	}

	/** False when the pipeline stopped before there was room. */
	private boolean put(BlockingQueue<Chunk> queue, Chunk chunk) {
		try {
			while (!queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
				if (stopped) {
					return false;
				}
			}
			return true;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Null when the pipeline stopped while waiting. */
	private Chunk take(BlockingQueue<Chunk> queue) {
		try {
			Chunk chunk;
			while ((chunk = queue.poll(100, TimeUnit.MILLISECONDS)) == null) {
				if (stopped) {
					return null;
				}
			}
			return chunk;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private static Thread daemon(String name, Runnable work) {
		Thread thread = new Thread(work, name);
		// the batch's exit must not wait for a reader blocked on a standard input nobody closes
		thread.setDaemon(true);
		return thread;
	}

	private static final class Chunk {
		final String[] lines = new String[LINES_PER_CHUNK];
		final long[] lineNumbers = new long[LINES_PER_CHUNK];
		final byte[][] answers = new byte[LINES_PER_CHUNK][];
		final CountDownLatch answered = new CountDownLatch(1);
		int size;
		Throwable failure;

		void add(String line, long lineNumber) {
			lines[size] = line;
			lineNumbers[size] = lineNumber;
			size++;
		}
	}
}
