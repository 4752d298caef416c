package uk.safeshare.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;

/**
 * Counts, on the current thread only, the statements sent to the database (an executed statement
 * or a whole batch each count once, being one round trip) and the commits, by wrapping the
 * application's data source. For tests that pin down what one request costs; the sequencer and
 * other background threads are not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter implements BeanPostProcessor {

    private static final ThreadLocal<Counts> COUNTS = new ThreadLocal<>();

    /** What one piece of work sent: statements (with their SQL), batches among them, commits and rollbacks. */
    public static final class Counts {
        public final List<String> statements = new ArrayList<>();
        public int commits;
        public int rollbacks;

        @Override
        public String toString() {
            return statements.size() + " statements, " + commits + " commits, " + rollbacks + " rollbacks: "
                    + String.join("\n  ", statements);
        }
    }

    /** Runs the work and returns what it sent to the database from this thread. */
    public static Counts during(ThrowingRunnable work) throws Exception {
        Counts counts = new Counts();
        COUNTS.set(counts);
        try {
            work.run();
        } finally {
            COUNTS.remove();
        }
        return counts;
    }

    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection c ? proxy(Connection.class, c, StatementCounter::connection) : result;
            });
        }
        return bean;
    }

    private static Object connection(Object target, Method method, Object[] args) throws Throwable {
        Counts counts = COUNTS.get();
        if (counts != null && method.getName().equals("commit")) {
            counts.commits++;
        } else if (counts != null && method.getName().equals("rollback") && (args == null || args.length == 0)) {
            counts.rollbacks++;
        }
        Object result = invoke(target, method, args);
        if (result instanceof Statement s) {
            String sql = args != null && args.length > 0 && args[0] instanceof String q ? q : null;
            Class<? extends Statement> type = result instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                    : result instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
            return proxy(type, s, (t, m, a) -> {
                Counts c = COUNTS.get();
                if (c != null && m.getName().startsWith("execute")) {
                    String text = sql != null ? sql : a != null && a.length > 0 ? String.valueOf(a[0]) : "?";
                    c.statements.add((m.getName().equals("executeBatch") ? "[batch] " : "") + text.replaceAll("\\s+", " "));
                }
                return invoke(t, m, a);
            });
        }
        return result;
    }

    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Handler handler) {
        InvocationHandler h = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(target)) {
                return target;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[]{type}, h);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
