package claimgraph.launcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * Runs several independent embedded Neo4j community DBMSs in one JVM, each with its own home
 * directory and its own Bolt port on 127.0.0.1, so parallel test workers each get a database
 * of their own (community edition has a single user database per DBMS).
 *
 * Usage: Neo4jLauncher --dir DIR [--instances N] [--owner-pid PID] [--watch-stdin]
 *
 * Prints one line on stdout when every instance accepts Bolt connections:
 *   READY {"version":"5.26.x","ports":[p0,p1,...],"control":c,"pid":p,"millis":m}
 * or "FAILED <reason>" and exits 1. The control port (127.0.0.1) takes one command per
 * connection: "stop I", "start I" (same port again), "ping"; it answers "OK ..." or "ERR ...".
 *
 * Shuts every instance down cleanly on SIGTERM/SIGINT, when stdin closes (--watch-stdin), or
 * when the owner process exits (--owner-pid): a crashed test runner never leaves a JVM behind.
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    public static void main(String[] args) {
        Path dir = null;
        int instances = 1;
        long ownerPid = -1;
        boolean watchStdin = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--dir" -> dir = Path.of(args[++i]);
                case "--instances" -> instances = Integer.parseInt(args[++i]);
                case "--owner-pid" -> ownerPid = Long.parseLong(args[++i]);
                case "--watch-stdin" -> watchStdin = true;
                default -> fail("unknown argument: " + args[i]);
            }
        }
        if (dir == null) fail("--dir is required");
        if (instances < 1 || instances > 16) fail("--instances must be 1..16");
        final Path base = dir;

        long t0 = System.nanoTime();
        List<Instance> all = new ArrayList<>();
        for (int i = 0; i < instances; i++) all.add(new Instance(i, base.resolve("db" + i)));

        Runtime.getRuntime().addShutdownHook(new Thread(() -> shutdownAll(all, base), "neo4j-launcher-shutdown"));

        // Start in parallel: most of the start-up time is per-DBMS work (store files, schema, Bolt).
        try {
            CompletableFuture.allOf(all.stream()
                    .map(inst -> CompletableFuture.runAsync(() -> inst.start(0)))
                    .toArray(CompletableFuture[]::new)).join();
        } catch (RuntimeException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            cause.printStackTrace(System.err);
            System.out.println("FAILED " + oneLine(cause));
            System.out.flush();
            System.exit(1);
        }

        ServerSocket control;
        try {
            control = new ServerSocket(0, 16, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            System.out.println("FAILED control socket: " + oneLine(e));
            System.exit(1);
            return;
        }
        Thread controlThread = new Thread(() -> serveControl(control, all), "neo4j-launcher-control");
        controlThread.setDaemon(true);
        controlThread.start();

        if (ownerPid > 0) {
            ProcessHandle.of(ownerPid).ifPresentOrElse(
                    h -> h.onExit().thenRun(() -> exitSoon("owner process " + h.pid() + " exited")),
                    () -> exitSoon("owner process is already gone"));
        }
        if (watchStdin) {
            Thread stdinThread = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() >= 0) { /* drain until EOF */ }
                } catch (IOException ignored) {
                    // a broken pipe means the same as EOF
                }
                exitSoon("stdin closed");
            }, "neo4j-launcher-stdin");
            stdinThread.setDaemon(true);
            stdinThread.start();
        }

        StringBuilder ports = new StringBuilder();
        for (Instance inst : all) ports.append(ports.length() == 0 ? "" : ",").append(inst.port);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("READY {\"version\":\"" + neo4jVersion() + "\",\"ports\":[" + ports + "],\"control\":"
                + control.getLocalPort() + ",\"pid\":" + ProcessHandle.current().pid() + ",\"millis\":" + millis + "}");
        System.out.flush();

        // The main thread parks; exit comes from a signal, stdin EOF or the owner's exit.
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void serveControl(ServerSocket control, List<Instance> all) {
        while (!control.isClosed()) {
            try (Socket s = control.accept();
                 BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                 PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8)) {
                String line = in.readLine();
                out.println(handle(line == null ? "" : line.trim(), all));
            } catch (IOException e) {
                if (control.isClosed()) return;
            }
        }
    }

    private static String handle(String command, List<Instance> all) {
        String[] parts = command.split("\\s+");
        try {
            switch (parts[0]) {
                case "ping":
                    return "OK pong";
                case "stop": {
                    Instance inst = all.get(Integer.parseInt(parts[1]));
                    inst.stop();
                    return "OK stopped " + inst.index;
                }
                case "start": {
                    Instance inst = all.get(Integer.parseInt(parts[1]));
                    inst.start(inst.port);
                    return "OK started " + inst.index + " " + inst.port;
                }
                default:
                    return "ERR unknown command: " + command;
            }
        } catch (RuntimeException e) {
            return "ERR " + oneLine(e);
        }
    }

    private static void exitSoon(String why) {
        System.err.println("neo4j-launcher: " + why + "; shutting down");
        // System.exit runs the shutdown hook, which stops every DBMS cleanly.
        new Thread(() -> System.exit(0), "neo4j-launcher-exit").start();
    }

    private static void shutdownAll(List<Instance> all, Path dir) {
        CompletableFuture.allOf(all.stream()
                .map(inst -> CompletableFuture.runAsync(inst::stop))
                .toArray(CompletableFuture[]::new)).join();
        deleteTree(dir);
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort: the caller removes the run directory too
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    static String neo4jVersion() {
        Package p = org.neo4j.dbms.api.DatabaseManagementService.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "5.26" : v;
    }

    static String oneLine(Throwable t) {
        String m = t.getClass().getSimpleName() + ": " + t.getMessage();
        return m.replace('\n', ' ').replace('\r', ' ');
    }

    private static void fail(String message) {
        System.out.println("FAILED " + message);
        System.exit(2);
    }
}
