package dev.npmmcp.bulk.config;

import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.tool.Progress;
import dev.npmmcp.tool.ToolFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Runs the writes of one bulk call with at most {@code size} in flight: a sliding window, where the next write starts
 * as soon as any one ends, so a slow NPM answer holds up one slot rather than a whole batch. Outcomes keep the tasks'
 * order. After a failure it either goes on (continue_on_error) or starts nothing more, the rest reported as not
 * attempted (writes already in flight finish and keep their outcomes). One instance per call; the stop carries across
 * stages, so an import that stopped while creating access lists does not go on to the hosts, and so does the count of
 * steps done, which is reported as progress against {@link #reporting}'s total.
 */
public final class Batches {

    /** The most writes one call keeps in flight at NPM (the {@code batch_size} upper bound). */
    public static final int MAX_IN_FLIGHT = 50;

    /** One write: {@code planned} describes it (and becomes the failed or not-attempted outcome). */
    public record Task(ItemOutcome planned, Supplier<ItemOutcome> run) {}

    private final int size;
    private final boolean continueOnError;
    private volatile boolean stopped;
    private Progress progress = Progress.NONE;
    private long total;
    private long done;
    private String doing = "";

    public Batches(int size, boolean continueOnError) {
        if (size < 1 || size > MAX_IN_FLIGHT) {
            throw new IllegalArgumentException("batch size must be 1-" + MAX_IN_FLIGHT + ", was " + size);
        }
        this.size = size;
        this.continueOnError = continueOnError;
    }

    /**
     * Reports each finished (or not attempted) task to {@code progress}, as {@code doing} plus the task's label, out
     * of {@code total}: the number of tasks this call's {@link #run}s will be given, over all stages.
     */
    public Batches reporting(Progress progress, long total, String doing) {
        this.progress = progress;
        this.total = total;
        this.doing = doing;
        return this;
    }

    public List<ItemOutcome> run(List<Task> tasks) {
        return size == 1 ? runInTurn(tasks) : runWindowed(tasks);
    }

    /** One at a time, on the call's own thread, which carries the call's time budget and dry run. */
    private List<ItemOutcome> runInTurn(List<Task> tasks) {
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (Task task : tasks) {
            ItemOutcome outcome = stopped ? task.planned().withStatus(Status.NOT_ATTEMPTED) : runOne(task);
            if (!continueOnError && outcome.status() == Status.FAILED) {
                stopped = true;
            }
            outcomes.add(finished(outcome));
        }
        return outcomes;
    }

    private List<ItemOutcome> runWindowed(List<Task> tasks) {
        ItemOutcome[] outcomes = new ItemOutcome[tasks.size()];
        Semaphore window = new Semaphore(size);
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < tasks.size(); i++) {
                Task task = tasks.get(i);
                window.acquire();
                if (stopped) {
                    window.release();
                    outcomes[i] = finished(task.planned().withStatus(Status.NOT_ATTEMPTED));
                    continue;
                }
                int slot = i;
                running.add(threads.submit(() -> {
                    try {
                        ItemOutcome outcome = runOne(task);
                        if (!continueOnError && outcome.status() == Status.FAILED) {
                            stopped = true;
                        }
                        outcomes[slot] = finished(outcome);
                    } catch (RuntimeException bug) {
                        stopped = true;
                        throw bug;
                    } finally {
                        window.release();
                    }
                    return null;
                }));
            }
            for (Future<?> write : running) {
                write.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for NPM", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new IllegalStateException(e.getCause());
        }
        return Arrays.asList(outcomes);
    }

    /** True once a failure stopped this call. */
    public boolean stopped() {
        return stopped;
    }

    private synchronized ItemOutcome finished(ItemOutcome outcome) {
        done++;
        progress.report(done, Math.max(total, done), doing + outcome.name()
                + (outcome.status() == Status.DONE ? "" : " (" + outcome.status().name().toLowerCase(Locale.ROOT) + ")"));
        return outcome;
    }

    private static ItemOutcome runOne(Task task) {
        try {
            return task.run().get();
        } catch (NpmApiException | ToolFailure e) {
            return task.planned().failed(e.getMessage());
        }
    }
}
