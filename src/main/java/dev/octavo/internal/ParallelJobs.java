package dev.octavo.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * Runs a few independent jobs at once and waits for every one of them: the first on the calling thread, each
 * other one on a thread of its own. With one job, or on a single core, they run one after the other here.
 *
 * <p>Every job ends before {@link #run} returns, whether others failed or not: no job is left writing after the
 * caller has moved on. Each job's outcome is returned, so the caller decides what a failure undoes.
 */
public final class ParallelJobs {
    private ParallelJobs() {
    }

    /** One unit of work; it may throw anything, which becomes its outcome's failure. */
    @FunctionalInterface
    public interface Job<T> {
        T run() throws Exception;
    }

    /** A job's result, or what it threw. */
    public record Outcome<T>(T value, Throwable failure) {
        public boolean failed() {
            return failure != null;
        }

        /**
         * The value, or what the job threw: unchecked exceptions and errors as themselves, an IOException in an
         * UncheckedIOException, anything else in an IllegalStateException.
         */
        public T orThrow() {
            if (failure == null) {
                return value;
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure instanceof IOException e) {
                throw new UncheckedIOException(e);
            }
            throw new IllegalStateException(failure);
        }
    }

    public static <T> List<Outcome<T>> run(List<String> names, List<Job<T>> jobs) {
        if (jobs.size() < 2 || Runtime.getRuntime().availableProcessors() < 2) {
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Job<T> job : jobs) {
                outcomes.add(attempt(job));
            }
            return outcomes;
        }
        List<CompletableFuture<Outcome<T>>> others = new ArrayList<>();
        for (int i = 1; i < jobs.size(); i++) {
            Job<T> job = jobs.get(i);
            String name = "octavo-" + names.get(i);
            // A plain thread per job, not a shared pool: a build starts two or three jobs, and a pool would outlive it.
            others.add(CompletableFuture.supplyAsync(() -> attempt(job), task -> {
                Thread thread = new Thread(task, name);
                thread.setDaemon(true);
                thread.start();
            }));
        }
        List<Outcome<T>> outcomes = new ArrayList<>();
        outcomes.add(attempt(jobs.get(0)));
        for (CompletableFuture<Outcome<T>> other : others) {
            outcomes.add(join(other));
        }
        return outcomes;
    }

    /**
     * Applies {@code work} to the first half of {@code items} on the calling thread and to the second half on a
     * thread of its own (named after {@code name}), and returns the results in order, the first half's first.
     * For work whose result for each item depends on that item alone. What the work throws is thrown here.
     */
    public static <T, R> List<R> inHalves(String name, List<T> items, Function<List<T>, List<R>> work) {
        int half = items.size() / 2;
        List<R> results = new ArrayList<>(items.size());
        for (Outcome<List<R>> outcome : each(name, List.of(items.subList(0, half), items.subList(half, items.size())),
                work::apply)) {
            results.addAll(outcome.orThrow());
        }
        return results;
    }

    /** Work on one item of several, which may throw anything. */
    @FunctionalInterface
    public interface Work<T, R> {
        R apply(T item) throws Exception;
    }

    /**
     * Applies {@code work} to each item at once, as {@link #run} runs jobs (the first here, each other one on a thread
     * named {@code name-2}, {@code name-3}, …), and returns each item's outcome, in order.
     */
    public static <T, R> List<Outcome<R>> each(String name, List<T> items, Work<T, R> work) {
        List<String> names = new ArrayList<>();
        List<Job<R>> jobs = new ArrayList<>();
        for (T item : items) {
            names.add(names.isEmpty() ? name : name + "-" + (names.size() + 1));
            jobs.add(() -> work.apply(item));
        }
        return run(names, jobs);
    }

    /**
     * Starts a job on a thread of its own (named after {@code name}) and returns at once; on a single core the job
     * runs here first. The caller waits for it with {@link Pending#outcome}, which it must call before it returns,
     * so that no job is left running after it has moved on.
     */
    public static <T> Pending<T> meanwhile(String name, Job<T> job) {
        if (Runtime.getRuntime().availableProcessors() < 2) {
            return new Pending<>(CompletableFuture.completedFuture(attempt(job)));
        }
        return new Pending<>(CompletableFuture.supplyAsync(() -> attempt(job), task -> {
            Thread thread = new Thread(task, "octavo-" + name);
            thread.setDaemon(true);
            thread.start();
        }));
    }

    /** A job started by {@link #meanwhile}. */
    public static final class Pending<T> {
        private final CompletableFuture<Outcome<T>> future;

        private Pending(CompletableFuture<Outcome<T>> future) {
            this.future = future;
        }

        /** Waits for the job to end, and gives its result or what it threw. */
        public Outcome<T> outcome() {
            return join(future);
        }
    }

    private static <T> Outcome<T> attempt(Job<T> job) {
        try {
            return new Outcome<>(job.run(), null);
        } catch (Throwable failure) {
            return new Outcome<>(null, failure);
        }
    }

    /** Waits without giving up: an interrupt is remembered for the caller, but the job must end first. */
    private static <T> Outcome<T> join(CompletableFuture<Outcome<T>> future) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return future.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (java.util.concurrent.ExecutionException | CompletionException e) {
                    return new Outcome<>(null, e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
