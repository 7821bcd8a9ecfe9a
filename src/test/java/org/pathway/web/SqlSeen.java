package org.pathway.web;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Every SQL statement Hibernate prepares, with the thread it prepared it on, for tests that count the statements of a
 * request. MockMvc runs a request on the test's thread, so the request's statements are those seen on it; the findings
 * read model's recomputations run on their own threads and are not counted. HTTP Basic looks the user up
 * ({@code app_user}) on every request before the handler runs: that is authentication, counted apart.
 */
public class SqlSeen implements StatementInspector {

    /** The property that installs this inspector; tests that use it share one application context. */
    static final String INSPECTOR = "spring.jpa.properties.hibernate.session_factory.statement_inspector="
            + "org.pathway.web.SqlSeen";

    /** A statement Hibernate prepared, and the thread it prepared it on. */
    record Statement(Thread thread, String sql) {

        boolean authentication() {
            return sql.toLowerCase(Locale.ROOT).contains("app_user");
        }
    }

    private static final List<Statement> SQL = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        SQL.add(new Statement(Thread.currentThread(), sql));
        return sql;
    }

    /** Forgets what was seen so far. */
    static void clear() {
        SQL.clear();
    }

    /** The statements seen on this thread since the last {@link #clear()}. */
    static List<Statement> onThisThread() {
        return SQL.stream().filter(s -> s.thread() == Thread.currentThread()).toList();
    }
}
