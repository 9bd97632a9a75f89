package dev.npmmcp.bulk.config;

import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.tool.ToolFailure;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Runs the writes of one bulk call: {@code size} at a time, and after a failure either on (continue_on_error) or
 * stopping, the rest reported as not attempted. One instance per call; the stop carries across stages, so an import
 * that stopped while creating access lists does not go on to the hosts.
 */
public final class Batches {

    /** One write: {@code planned} describes it (and becomes the failed or not-attempted outcome). */
    public record Task(ItemOutcome planned, Supplier<ItemOutcome> run) {}

    private final int size;
    private final boolean continueOnError;
    private boolean stopped;

    public Batches(int size, boolean continueOnError) {
        if (size < 1) {
            throw new IllegalArgumentException("batch size must be 1 or more, was " + size);
        }
        this.size = size;
        this.continueOnError = continueOnError;
    }

    public List<ItemOutcome> run(List<Task> tasks) {
        List<ItemOutcome> outcomes = new ArrayList<>();
        for (int start = 0; start < tasks.size(); start += size) {
            List<Task> batch = tasks.subList(start, Math.min(tasks.size(), start + size));
            if (stopped) {
                batch.forEach(t -> outcomes.add(t.planned().withStatus(Status.NOT_ATTEMPTED)));
                continue;
            }
            List<ItemOutcome> done = batch.size() == 1 ? List.of(runOne(batch.get(0))) : runTogether(batch);
            outcomes.addAll(done);
            if (!continueOnError && done.stream().anyMatch(o -> o.status() == Status.FAILED)) {
                stopped = true;
            }
        }
        return outcomes;
    }

    /** True once a failure stopped this call. */
    public boolean stopped() {
        return stopped;
    }

    private static ItemOutcome runOne(Task task) {
        try {
            return task.run().get();
        } catch (NpmApiException | ToolFailure e) {
            return task.planned().failed(e.getMessage());
        }
    }

    private static List<ItemOutcome> runTogether(List<Task> batch) {
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<ItemOutcome>> futures = batch.stream().map(t -> executor.submit(() -> runOne(t))).toList();
            List<ItemOutcome> outcomes = new ArrayList<>();
            for (Future<ItemOutcome> future : futures) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for NPM", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException bug) {
                throw bug;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
