package dev.octavo.internal;

import java.util.concurrent.Callable;

/**
 * Runs a job on a thread of its own with a stack of a given size, and waits for it: for work whose depth of
 * recursion the caller cannot bound. The operating system reserves such a stack but commits only the pages the
 * job touches, so a large stack costs nothing until it is used.
 */
public final class LargeStack {
    private LargeStack() {
    }

    /** The job's result; what it throws is thrown here (checked exceptions in an IllegalStateException). */
    public static <T> T call(String name, long stackBytes, Callable<T> job) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Runnable task = () -> {
            try {
                result[0] = job.call();
            } catch (Throwable t) {
                failure[0] = t;
            }
        };
        Thread thread = new Thread(null, task, name, stackBytes);
        thread.setDaemon(true);
        try {
            thread.start();
        } catch (OutOfMemoryError refused) {
            // The system would not reserve so much (a limit on virtual memory): the job gets an ordinary stack,
            // and meets its end sooner, as it must expect anyway.
            thread = new Thread(null, task, name, 0);
            thread.setDaemon(true);
            thread.start();
        }
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                // The job must end before the caller moves on; the interrupt is kept for the caller.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException e) {
            throw e;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
