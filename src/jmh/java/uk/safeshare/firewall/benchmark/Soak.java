package uk.safeshare.firewall.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A soak: sharing requests sent at a fixed rate (open loop: each request is due at its own moment, whether or
 * not earlier ones have been answered) for a given time, with latency counted from the moment a request was
 * due, so a stall shows as the queue behind it and is not hidden. For each window (5 minutes by default) it
 * prints the requests, those not answered 201, latency percentiles and, with the server's process id, the
 * server's heap just after a full collection ({@code jcmd PID GC.run}, then {@code GC.heap_info}): a heap that
 * keeps growing after collection is a leak.
 *
 * <pre>java -cp target/test-classes uk.safeshare.firewall.benchmark.Soak --base-url=http://127.0.0.1:8202 \
 *     --password=... --rate=40 --minutes=30 [--window-seconds=300] [--server-pid=N] [--setup-file=FILE]</pre>
 *
 * Exits 1 if any request was not answered 201.
 */
public final class Soak {

    private static final Pattern HEAP_USED = Pattern.compile("heap\\s+total.*?used (\\d+)K");

    private Soak() {
    }

    record Window(int index, List<Long> latencies, int[] notCreated, Map<String, Integer> problems, long[] heapKiB) {
        static Window of(int index) {
            return new Window(index, new ArrayList<>(), new int[1], new TreeMap<>(), new long[] {-1});
        }

        synchronized void answered(long nanos, int status, String problem) {
            latencies.add(nanos);
            if (status != 201) {
                notCreated[0]++;
                problems.merge(problem, 1, Integer::sum);
            }
        }

        synchronized String row(int windowSeconds) {
            long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            return String.format("| %d–%d | %d | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %s |", index * windowSeconds / 60,
                    (index + 1) * windowSeconds / 60, sorted.length, notCreated[0], sorted.length / (double) windowSeconds,
                    percentile(sorted, 50), percentile(sorted, 90), percentile(sorted, 99), percentile(sorted, 100),
                    heapKiB[0] < 0 ? "n/a" : String.format("%.0f", heapKiB[0] / 1024.0));
        }

        private static double percentile(long[] sorted, double p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> given = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            given.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        double rate = Double.parseDouble(given.getOrDefault("rate", "20"));
        double minutes = Double.parseDouble(given.getOrDefault("minutes", "30"));
        int windowSeconds = Integer.parseInt(given.getOrDefault("window-seconds", "300"));
        long serverPid = Long.parseLong(given.getOrDefault("server-pid", "0"));
        List<String> loadArgs = new ArrayList<>();
        for (String key : List.of("base-url", "user", "password", "setup-file", "seed")) {
            if (given.containsKey(key)) {
                loadArgs.add("--" + key + "=" + given.get(key));
            }
        }
        HttpLoad.Options options = HttpLoad.Options.parse(loadArgs.toArray(String[]::new));
        HttpLoad.requireLoopback(options.baseUrl());
        HttpClient http = HttpLoad.client();
        SetUp setUp = SetUp.make(http, options);
        URI uri = options.baseUrl().resolve("/api/v1/sharing-requests");

        long total = Math.round(rate * minutes * 60);
        List<String> bodies = HttpLoad.Mix.bodies(setUp.people(), setUp.register(), new Random(options.seed()), 20_000);
        int windows = (int) Math.ceil(minutes * 60 / windowSeconds);
        List<Window> table = new ArrayList<>();
        for (int w = 0; w < windows; w++) {
            table.add(Window.of(w));
        }
        System.out.printf("Soak: %.1f requests/s for %.0f minutes (%d requests) to %s, windows of %d s (started %s)%n",
                rate, minutes, total, uri, windowSeconds, LocalTime.now().truncatedTo(ChronoUnit.SECONDS));
        System.out.println("| minutes | requests | not 201 | requests/s | p50 ms | p90 ms | p99 ms | max ms | heap after GC MiB |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|");

        ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();
        long periodNanos = Math.round(1e9 / rate);
        long start = System.nanoTime();
        int reported = 0;
        for (long k = 0; k < total; k++) {
            long due = start + k * periodNanos;
            int w = (int) Math.min(windows - 1, (due - start) / (windowSeconds * 1_000_000_000L));
            while (reported < w) { // a window has ended: weigh the heap, print the window before it (not in this thread,
                int ended = reported;  // which must keep sending on time)
                Thread.ofPlatform().start(() -> close(table, ended, windowSeconds, serverPid, ended > 0 ? table.get(ended - 1) : null));
                reported++;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            String body = bodies.get((int) (k % bodies.size()));
            Window window = table.get(w);
            senders.submit(() -> send(http, uri, setUp.token(), body, due, window));
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        close(table, windows - 1, windowSeconds, serverPid, windows > 1 ? table.get(windows - 2) : null);
        System.out.println(table.getLast().row(windowSeconds));
        int failures = table.stream().mapToInt(t -> t.notCreated()[0]).sum();
        System.out.println();
        System.out.println("Whole soak: " + table.stream().mapToInt(t -> t.latencies().size()).sum() + " requests, "
                + failures + " not answered 201.");
        table.forEach(t -> t.problems().forEach((p, n) -> System.out.printf("  not 201 (%d times): %s%n", n, p)));
        System.exit(failures == 0 ? 0 : 1);
    }

    /** At the end of window {@code w}: weigh the heap into it, and print the window before (whose answers are in). */
    private static void close(List<Window> table, int w, int windowSeconds, long serverPid, Window previous) {
        if (serverPid > 0) {
            table.get(w).heapKiB()[0] = heapAfterGc(serverPid);
        }
        if (previous != null) {
            System.out.println(previous.row(windowSeconds));
        }
    }

    private static void send(HttpClient http, URI uri, String token, String body, long due, Window window) {
        HttpRequest request = HttpLoad.json(uri, token, body);
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            window.answered(System.nanoTime() - due, response.statusCode(), response.statusCode() + " "
                    + response.body().substring(0, Math.min(200, response.body().length())));
        } catch (IOException e) {
            window.answered(System.nanoTime() - due, -1, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The server's heap in use just after a full collection, in KiB, or -1 if jcmd could not tell. */
    static long heapAfterGc(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            run(jcmd, pid, "GC.run");
            Matcher m = HEAP_USED.matcher(run(jcmd, pid, "GC.heap_info"));
            return m.find() ? Long.parseLong(m.group(1)) : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String run(Path jcmd, long pid, String command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

}
