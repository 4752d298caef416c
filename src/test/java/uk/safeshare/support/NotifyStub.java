package uk.safeshare.support;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A local stand-in for GOV.UK Notify's API: answers every message 201, as Notify does, and keeps what it was sent.
 * A test class starts one in a static field, points SafeShare at it with {@link #configure}, and stops it after.
 */
public final class NotifyStub {

    /** One request as Notify received it. */
    public record Received(String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final String serviceId = UUID.randomUUID().toString();

    private NotifyStub(HttpServer server) {
        this.server = server;
    }

    /** Starts a stub whose answers name the template {@code templateId}. */
    public static NotifyStub start(String templateId) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            NotifyStub stub = new NotifyStub(server);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                stub.received.add(new Received(exchange.getRequestURI().getPath(), exchange.getRequestHeaders().getFirst("Authorization"), body));
                String id = UUID.randomUUID().toString();
                byte[] reply = ("{\"id\":\"" + id + "\",\"reference\":\"r\",\"uri\":\"http://notify/v2/notifications/" + id + "\","
                        + "\"template\":{\"id\":\"" + templateId + "\",\"version\":1,\"uri\":\"http://notify/t\"},"
                        + "\"content\":{\"body\":\"b\",\"subject\":\"s\",\"from_email\":\"safeshare@notify.example\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(201, reply.length);
                exchange.getResponseBody().write(reply);
                exchange.close();
            });
            server.start();
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SafeShare's Notify API key and address, pointing at this stub. */
    public void configure(DynamicPropertyRegistry registry) {
        registry.add("safeshare.notify.api-key", () -> "safeshare_test-" + serviceId + "-" + UUID.randomUUID());
        registry.add("safeshare.notify.base-url", () -> "http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return received;
    }

    public void stop() {
        server.stop(0);
    }
}
