package org.agora.schema;

/**
 * Counts the SQL statements sent to the database on the current thread. A request (one thread from filter to
 * response) calls {@link #reset()} first and reads {@link #onThisThread()} last, so "how many queries did this page
 * cost" is a measurement, not a guess; the Server-Timing header reports it when diagnostics are on. Fed by
 * {@link SqlStatementListener}; the cost is one thread-local increment per statement.
 */
public final class SqlStatements {

    private static final ThreadLocal<long[]> COUNT = ThreadLocal.withInitial(() -> new long[1]);

    private SqlStatements() {
    }

    static void sent() {
        COUNT.get()[0]++;
    }

    /** Starts counting afresh on this thread. */
    public static void reset() {
        COUNT.get()[0] = 0;
    }

    /** Statements sent on this thread since the last {@link #reset()}. */
    public static long onThisThread() {
        return COUNT.get()[0];
    }
}
