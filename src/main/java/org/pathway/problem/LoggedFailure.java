package org.pathway.problem;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A failure as it may be written to the log: the same exceptions, classes and stack traces, but the message of
 * anything that came from the database (which quotes the statement's bound values: names, evidence text) replaced by
 * its SQL state and error code. Logs are read by operators and kept by hosting; personal data stays in the database.
 */
public final class LoggedFailure extends RuntimeException {

    private LoggedFailure(String message) {
        super(message);
    }

    public static Throwable of(Throwable failure) {
        return copy(failure, new IdentityHashMap<>());
    }

    private static Throwable copy(Throwable failure, Map<Throwable, Throwable> copied) {
        if (failure == null) {
            return null;
        }
        if (copied.containsKey(failure)) {
            return copied.get(failure);
        }
        LoggedFailure copy = new LoggedFailure(failure.getClass().getName() + ": " + messageOf(failure));
        copied.put(failure, copy);
        copy.setStackTrace(failure.getStackTrace());
        Throwable cause = copy(failure.getCause(), copied);
        if (cause != null) {
            copy.initCause(cause);
        }
        return copy;
    }

    private static String messageOf(Throwable failure) {
        return fromTheDatabase(failure) ? describeSql(failure) : failure.getMessage();
    }

    /** The exception or anything under it is a JDBC failure: then its message may quote statements and values. */
    private static boolean fromTheDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static String describeSql(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                return "database error, SQL state " + sql.getSQLState() + ", code " + sql.getErrorCode()
                        + " (message withheld: it may quote personal data)";
            }
        }
        return "database error";
    }
}
