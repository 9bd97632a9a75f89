package dev.npmmcp.fleet;

import dev.npmmcp.npm.NpmApiException;
import dev.npmmcp.tool.ToolFailure;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Asks every instance at once, each on its own thread with its own deadline: an instance past it is given up (its
 * thread interrupted, which abandons its NPM request) and reported as timed out, so the slowest instance never sets
 * the pace of the answer.
 */
final class FleetFanOut {

    /** One instance's answer: a value, or why there is none. */
    record Answer<T>(String instance, Optional<T> value, String status, Optional<String> error, long millis) {}

    private final Duration budget;

    FleetFanOut(Duration budget) {
        this.budget = budget;
    }

    <T> List<Answer<T>> ask(List<String> instances, Function<String, T> question) {
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        // not closed with try-with-resources: closing waits for every task, and a hung instance's must not be waited for
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            Map<String, Future<T>> asked = new LinkedHashMap<>();
            instances.forEach(name -> asked.putIfAbsent(name, threads.submit(() -> question.apply(name))));
            List<Answer<T>> answers = new ArrayList<>();
            asked.forEach((name, future) -> answers.add(await(name, future, start, deadline)));
            return answers;
        } finally {
            threads.shutdownNow();
        }
    }

    private <T> Answer<T> await(String instance, Future<T> future, long start, long deadline) {
        try {
            T value = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return new Answer<>(instance, Optional.of(value), "ok", Optional.empty(), millisSince(start));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Answer<>(instance, Optional.empty(), "timed_out", Optional.of("no answer within "
                    + budget.toSeconds() + " s; it may be down or slow (npm_manage_instance test checks it;"
                    + " timeout_seconds waits longer)"),
                    millisSince(start));
        } catch (ExecutionException e) {
            return new Answer<>(instance, Optional.empty(), "unreachable", Optional.of(reason(e.getCause())),
                    millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Answer<>(instance, Optional.empty(), "timed_out", Optional.of("the call was cancelled"),
                    millisSince(start));
        }
    }

    /** What the user can act on; a bug is not dressed up as an instance's trouble. */
    private static String reason(Throwable cause) {
        return switch (cause) {
            case NpmApiException npm -> withNextStep(npm.getMessage(), npm.hint());
            case ToolFailure failure -> withNextStep(failure.getMessage(), failure.hint());
            case RuntimeException bug -> throw bug;
            default -> String.valueOf(cause);
        };
    }

    private static String withNextStep(String message, String hint) {
        return message + (message.endsWith(".") ? "" : ".") + " Next step: " + hint;
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
