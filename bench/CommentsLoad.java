import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Load benchmark for comments (run by bench/comments-load.sh, which starts PostgreSQL, Keycloak and the platform).
 * Each figure is compared with a raw baseline measured in the same run against the same PostgreSQL:
 * <ul>
 *   <li>P1 ingest: 64 writers POST comments through the whole HTTP path (bearer token, validation, Markdown,
 *       sanitising, persistence) vs 64 JDBC connections committing single-row INSERTs of the same size.</li>
 *   <li>P2 thread read: 200 readers GET the page holding a 1,000-comment thread vs the same page's SQL (the roots,
 *       the thread's comments, the count) over JDBC, 200 threads sharing 64 connections.</li>
 * </ul>
 * Closed loop: each worker sends its next request when the previous one is answered. Arguments: app base URL,
 * Keycloak realm URL, JDBC URL, JDBC user, seconds per measured phase, phases (p1,p2), seconds of warm-up before an
 * application phase (default 30).
 */
public class CommentsLoad {

    static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    static final Pattern TOKEN = Pattern.compile("\"access_token\":\"([^\"]+)\"");
    static final String[] CITIZENS = {"alice", "ben", "maya"};
    static final String WORDS = "the council should keep the loading bays because deliveries arrive early and the"
            + " protected lane makes the school route safer for children who cycle every morning near the market";

    // HTTP/1.1: one connection per concurrent user, as many separate people would have (the default would
    // multiplex every worker over a single HTTP/2 connection and measure its flow control instead)
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(8)).build();
    final String app;
    final String realm;
    final String jdbc;
    final String user;
    final int seconds;
    final String phases;
    /** Seconds of load before an application phase is measured: WildFly's JIT compiles for far longer than JDBC's. */
    final int appWarmup;

    CommentsLoad(String[] args) {
        app = args[0];
        realm = args[1];
        jdbc = args[2];
        user = args[3];
        seconds = Integer.parseInt(args[4]);
        phases = args.length > 5 ? args[5] : "p1,p2";
        appWarmup = args.length > 6 ? Integer.parseInt(args[6]) : 30;
    }

    public static void main(String[] args) throws Exception {
        new CommentsLoad(args).run();
        System.exit(0);
    }

    record Result(String name, long operations, long errors, double seconds, long[] latenciesNanos) {
        double perSecond() {
            return operations / seconds;
        }

        double percentileMillis(double p) {
            if (latenciesNanos.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latenciesNanos.length) - 1;
            return latenciesNanos[Math.max(0, Math.min(latenciesNanos.length - 1, i))] / 1e6;
        }

        void print() {
            System.out.printf("  %-34s %9.0f /s   p50 %7.1f ms   p99 %7.1f ms   (%d ok, %d errors)%n", name,
                    perSecond(), percentileMillis(50), percentileMillis(99), operations, errors);
        }
    }

    interface Operation {
        /** One request; true when it succeeded. */
        boolean call(int worker) throws Exception;
    }

    /** Runs {@code workers} closed loops: a warm-up (not recorded), then {@code seconds} measured. */
    Result measure(String name, int workers, int warmupSeconds, Operation op) throws InterruptedException {
        var pool = Executors.newFixedThreadPool(workers);
        var done = new CountDownLatch(workers);
        long start = System.nanoTime();
        long measureFrom = start + warmupSeconds * 1_000_000_000L;
        long end = measureFrom + seconds * 1_000_000_000L;
        var latencies = new ConcurrentHashMap<Integer, long[]>();
        var counts = new ConcurrentHashMap<Integer, Integer>();
        var errors = new AtomicLong();
        var firstError = new java.util.concurrent.atomic.AtomicReference<String>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            pool.execute(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= end) {
                            break;
                        }
                        boolean ok;
                        try {
                            ok = op.call(worker);
                        } catch (Exception e) {
                            firstError.compareAndSet(null, e.toString());
                            ok = false;
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            if (ok) {
                                if (n == mine.length) {
                                    mine = Arrays.copyOf(mine, n * 2);
                                }
                                mine[n++] = t1 - t0;
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } finally {
                    latencies.put(worker, mine);
                    counts.put(worker, n);
                    done.countDown();
                }
            });
        }
        done.await();
        pool.shutdown();
        long total = counts.values().stream().mapToLong(Integer::longValue).sum();
        long[] all = new long[(int) total];
        int at = 0;
        for (var e : latencies.entrySet()) {
            int n = counts.get(e.getKey());
            System.arraycopy(e.getValue(), 0, all, at, n);
            at += n;
        }
        Arrays.sort(all);
        if (firstError.get() != null) {
            System.out.println("  (first error in " + name + ": " + firstError.get() + ")");
        }
        return new Result(name, total, errors.get(), seconds, all);
    }

    String token(String username) throws Exception {
        var form = "grant_type=password&client_id=consult-web&username=" + username + "&password=" + username;
        var response = client.send(HttpRequest.newBuilder(URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        var m = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token for " + username + ": " + response.body());
        }
        return m.group(1);
    }

    HttpResponse<String> post(String token, String path, String json) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(app + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    long openRound(String officer, String title) throws Exception {
        var created = post(officer, "/api/engagements", "{\"title\":\"" + title + "\",\"mode\":\"CONSULTATION\","
                + "\"closesAt\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}");
        if (created.statusCode() != 201) {
            throw new IllegalStateException("cannot create a round: " + created.body());
        }
        var m = ID.matcher(created.body());
        m.find();
        long round = Long.parseLong(m.group(1));
        var opened = post(officer, "/api/engagements/" + round + "/open", "");
        if (opened.statusCode() != 200) {
            throw new IllegalStateException("cannot open the round: " + opened.body());
        }
        return round;
    }

    static final String[] VOCABULARY = (WORDS + " bus stop lighting drainage budget crossing junction pavement"
            + " evening weekend deliveries residents traders parents pupils elderly wheelchair buggy parking trees"
            + " noise pollution safety speed lorries vans taxis bikes scooters").split(" ");

    static String text(int i) {
        // about 400 characters of Markdown, each comment its own words (screening holds near-copies)
        var random = new java.util.Random(i * 7919L + 17);
        var words = new StringBuilder("**Point " + i + "**:");
        while (words.length() < 400) {
            words.append(' ').append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
        }
        return words.append('.').toString();
    }

    void run() throws Exception {
        System.out.printf("Agora comments load benchmark: %d s measured per phase, %d cores%n", seconds,
                Runtime.getRuntime().availableProcessors());
        String officer = token("omar");
        String[] tokens = new String[CITIZENS.length];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = token(CITIZENS[i]);
        }
        var counter = new AtomicInteger();

        Result rawInsert = null;
        Result appPost = null;
        if (phases.contains("p1")) {
        // ---- P1 ingest ----
        System.out.println("P1 ingest, 64 concurrent writers");
        try (var c = DriverManager.getConnection(jdbc, user, user); var s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_raw_comment");
            s.execute("CREATE TABLE bench_raw_comment (id BIGSERIAL PRIMARY KEY, engagement_id BIGINT NOT NULL,"
                    + " author_id BIGINT NOT NULL, markdown VARCHAR(20000), html VARCHAR(80000),"
                    + " created_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        var connections = new Connection[64];
        for (int i = 0; i < connections.length; i++) {
            connections[i] = DriverManager.getConnection(jdbc, user, user);
            connections[i].setAutoCommit(true);
        }
        rawInsert = measure("raw JDBC INSERT commits", 64, 3, worker -> {
            int i = counter.incrementAndGet();
            try (var ps = connections[worker].prepareStatement("INSERT INTO bench_raw_comment"
                    + " (engagement_id, author_id, markdown, html, created_at) VALUES (?, ?, ?, ?, now())")) {
                ps.setLong(1, 1);
                ps.setLong(2, worker);
                ps.setString(3, text(i));
                ps.setString(4, "<p>" + text(i) + "</p>");
                return ps.executeUpdate() == 1;
            }
        });
        rawInsert.print();

        long ingestRound = openRound(officer, "Ingest benchmark");
        appPost = measure("POST /api/.../comments", 64, appWarmup, worker -> {
            int i = counter.incrementAndGet();
            var r = post(tokens[worker % tokens.length], "/api/engagements/" + ingestRound + "/comments",
                    "{\"text\":\"" + text(i) + "\",\"stance\":\"SUPPORT\"}");
            return r.statusCode() == 201;
        });
        appPost.print();
        for (var c : connections) {
            c.close();
        }
        }
        if (!phases.contains("p2")) {
            report(rawInsert, appPost, null, null);
            return;
        }

        // ---- P2 thread read ----
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = token(CITIZENS[i]);
        }
        officer = token("omar");
        long readRound = openRound(officer, "Read benchmark");
        var root = post(tokens[0], "/api/engagements/" + readRound + "/comments", "{\"text\":\"The root.\"}");
        var m = ID.matcher(root.body());
        m.find();
        long rootId = Long.parseLong(m.group(1));
        var level2 = new ArrayList<Long>();
        for (int i = 0; i < 99; i++) {
            var r = post(tokens[1 + i % 2], "/api/engagements/" + readRound + "/comments",
                    "{\"text\":\"" + text(i) + "\",\"replyTo\":" + rootId + "}");
            var id = ID.matcher(r.body());
            id.find();
            level2.add(Long.parseLong(id.group(1)));
        }
        var seed = Executors.newFixedThreadPool(16);
        var seeded = new CountDownLatch(900);
        for (int i = 0; i < 900; i++) {
            int n = i;
            seed.execute(() -> {
                try {
                    var r = post(tokens[n % tokens.length], "/api/engagements/" + readRound + "/comments",
                            "{\"text\":\"" + text(n) + "\",\"replyTo\":" + level2.get(n % level2.size()) + "}");
                    if (r.statusCode() != 201) {
                        System.out.println("  seeding failed: " + r.body());
                    }
                } catch (Exception e) {
                    System.out.println("  seeding failed: " + e);
                } finally {
                    seeded.countDown();
                }
            });
        }
        seeded.await();
        seed.shutdown();
        String page = "/api/engagements/" + readRound + "/comments?size=20";
        var check = client.send(HttpRequest.newBuilder(URI.create(app + page)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        long inPage = ID.matcher(check.body()).results().count();
        System.out.printf("P2 thread read, 200 concurrent readers: the page holds %d comments (%d bytes of JSON)%n",
                inPage, check.body().length());

        BlockingQueue<Connection> shared = new ArrayBlockingQueue<>(64);
        for (int i = 0; i < 64; i++) {
            shared.add(DriverManager.getConnection(jdbc, user, user));
        }
        var rawRead = measure("raw SQL for the same page", 200, 3, worker -> {
            var c = shared.take();
            try {
                return rawPage(c, readRound) == inPage;
            } finally {
                shared.add(c);
            }
        });
        rawRead.print();
        var request = HttpRequest.newBuilder(URI.create(app + page)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(30)).GET().build();
        var appRead = measure("GET /api/.../comments (anonymous)", 200, appWarmup, worker -> {
            var r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().length() > 1000;
        });
        appRead.print();
        for (var c : shared) {
            c.close();
        }
        report(rawInsert, appPost, rawRead, appRead);
    }

    static void report(Result rawInsert, Result appPost, Result rawRead, Result appRead) {
        System.out.println();
        if (appPost != null) {
        System.out.printf("P1 ingest: %.0f comments/s = %.1f%% of raw INSERT commits/s (target >= 25%%);"
                + " p99 %.1f ms (target < 250 ms)%n", appPost.perSecond(),
                100 * appPost.perSecond() / rawInsert.perSecond(), appPost.percentileMillis(99));
        }
        if (appRead != null) {
        System.out.printf("P2 thread read: %.0f pages/s = %.1f%% of raw SQL pages/s (target >= 30%%);"
                + " p99 %.1f ms (target < 100 ms; the raw SQL's own p99 at 200 readers: %.1f ms)%n",
                appRead.perSecond(), 100 * appRead.perSecond() / rawRead.perSecond(), appRead.percentileMillis(99),
                rawRead.percentileMillis(99));
        }
    }

    /** The SQL the page needs, done by hand: the page of roots, their threads' comments, the count. */
    static long rawPage(Connection c, long round) throws SQLException {
        long rows = 0;
        var roots = new ArrayList<Long>();
        try (var ps = c.prepareStatement("SELECT * FROM round_comment WHERE engagement_id = ? AND depth = 1"
                + " AND state <> 'PENDING' ORDER BY created_at DESC, id DESC LIMIT 20")) {
            ps.setLong(1, round);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roots.add(rs.getLong("id"));
                    rs.getString("html");
                    rows++;
                }
            }
        }
        if (!roots.isEmpty()) {
            try (var ps = c.prepareStatement("SELECT * FROM round_comment WHERE root_id = ANY (?)"
                    + " ORDER BY created_at, id")) {
                ps.setArray(1, c.createArrayOf("bigint", roots.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString("html");
                        if (rs.getInt("depth") > 1) {
                            rows++;
                        }
                    }
                }
            }
        }
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM round_comment WHERE engagement_id = ? AND depth = 1"
                + " AND state <> 'PENDING'")) {
            ps.setLong(1, round);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
            }
        }
        return rows;
    }
}
