package vn.ddcihub.scoring;

import java.util.concurrent.CancellationException;

/**
 * Told how far a long computation ({@link Bootstrap}, {@link Sensitivity}) has come, and
 * asked whether to go on: a background run shows it and lets its user cancel. Called
 * between replicates or runs, never concurrently (the caller serialises the calls of its
 * threads), so an implementation needs no locking of its own; it should be cheap, as it
 * is called often.
 */
@FunctionalInterface
public interface Progress {

	/** No one is listening: never stops. */
	Progress NONE = (done, total) -> true;

	/**
	 * @param done steps finished so far
	 * @param total steps in all
	 * @return whether to go on; false ends the computation with a
	 * {@link CancellationException}
	 */
	boolean advance(int done, int total);

	/** Counts steps of several threads and asks {@code progress} after each of them. */
	final class Counter {

		private final Progress progress;

		private final int total;

		private int done;

		private boolean stopped;

		Counter(Progress progress, int total) {
			this.progress = progress;
			this.total = total;
		}

		/**
		 * Adds {@code steps} finished steps.
		 * @throws CancellationException when the listener said stop, now or before
		 */
		synchronized void add(int steps) {
			if (!stopped) {
				done += steps;
				stopped = !progress.advance(done, total);
			}
			if (stopped) {
				throw new CancellationException("Stopped after " + done + " of " + total);
			}
		}

	}

}
