package uk.safeshare.shared.web;

import java.time.Duration;
import org.apache.catalina.Lifecycle;
import org.apache.coyote.Adapter;
import org.apache.coyote.ProtocolHandler;
import org.apache.coyote.Request;
import org.apache.coyote.Response;
import org.apache.tomcat.util.net.SocketEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * SIGTERM must not cut an answer. Tomcat's graceful shutdown counts a request as finished once the
 * application has handed it back, but the answer's last buffer is written to the connection just after
 * that; if the server stopped in between, the caller would get a closed connection instead of its
 * answer (and a client that retries would then find the port closed). So each request is counted from
 * Tomcat handing it over until its answer has been written, and the server's stop waits for none to
 * be left: a lifecycle phase between the graceful shutdown and the server's stop.
 */
@Component
class AnswersWrittenBeforeStop implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, SmartLifecycle {

    /**
     * After the graceful shutdown's phase has ended, before the web server's stop: Spring Boot runs them at
     * {@code DEFAULT_PHASE - 1024} and {@code DEFAULT_PHASE - 2048} (later phases stop first).
     */
    static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 1536;
    /** Writing one buffer takes far less; a client that stopped reading is not waited for longer. */
    static final Duration MOST_TO_WAIT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(AnswersWrittenBeforeStop.class);

    private final Object lock = new Object();
    private int inFlight;
    private volatile boolean running;

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.addLifecycleListener(event -> {
            // The connector makes its adapter when it is initialised; processors take it when they are made.
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                ProtocolHandler handler = connector.getProtocolHandler();
                if (handler.getAdapter() != null && !(handler.getAdapter() instanceof Counting)) {
                    handler.setAdapter(new Counting(handler.getAdapter()));
                }
            }
        }));
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        long until = System.nanoTime() + MOST_TO_WAIT.toNanos();
        synchronized (lock) {
            try {
                while (inFlight > 0 && System.nanoTime() < until) {
                    lock.wait(Math.max(1, (until - System.nanoTime()) / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (inFlight > 0) {
                log.warn("Stopping with {} answer(s) still being written after {}", inFlight, MOST_TO_WAIT);
            }
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }

    private void begin() {
        synchronized (lock) {
            inFlight++;
        }
    }

    private void end() {
        synchronized (lock) {
            if (--inFlight == 0) {
                lock.notifyAll();
            }
        }
    }

    /** Tomcat's own adapter, with each request counted until the answer it writes has been written. */
    private final class Counting implements Adapter {

        private final Adapter tomcat;

        Counting(Adapter tomcat) {
            this.tomcat = tomcat;
        }

        @Override
        public void service(Request request, Response response) throws Exception {
            begin();
            try {
                tomcat.service(request, response);
            } finally {
                end();
            }
        }

        @Override
        public boolean asyncDispatch(Request request, Response response, SocketEvent status) throws Exception {
            begin();
            try {
                return tomcat.asyncDispatch(request, response, status);
            } finally {
                end();
            }
        }

        @Override
        public boolean prepare(Request request, Response response) throws Exception {
            return tomcat.prepare(request, response);
        }

        @Override
        public void log(Request request, Response response, long time) {
            tomcat.log(request, response, time);
        }

        @Override
        public void checkRecycled(Request request, Response response) {
            tomcat.checkRecycled(request, response);
        }

        @Override
        public String getDomain() {
            return tomcat.getDomain();
        }
    }
}
