package claimgraph.launcher;

import java.nio.file.Path;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.internal.helpers.HostnamePort;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/** One embedded DBMS with its own home directory and Bolt port. Start/stop are serialised per instance. */
final class Instance {
    final int index;
    final Path home;
    /** The Bolt port once started; kept across a stop so a restart comes back on the same port. */
    volatile int port;
    private DatabaseManagementService dbms;

    Instance(int index, Path home) {
        this.index = index;
        this.home = home;
    }

    /** Starts the DBMS; port 0 lets the OS pick a free port (no probe-then-bind race). */
    synchronized void start(int wantedPort) {
        if (dbms != null) return;
        SocketAddress bolt = new SocketAddress("127.0.0.1", wantedPort);
        DatabaseManagementService started = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, bolt)
                .setConfig(BoltConnector.advertised_address, bolt)
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                // Test databases are small: a small page cache keeps several DBMSs cheap in one JVM.
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(Long.getLong("launcher.pagecacheMb", 32)))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size, ByteUnit.mebiBytes(Long.getLong("launcher.txGlobalMb", 768)))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(Long.getLong("launcher.txMaxMb", 384)))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // No query log and no per-query CPU tracking: pure overhead for tests and benchmarks.
                .setConfig(GraphDatabaseSettings.log_queries, GraphDatabaseSettings.LogQueryLevel.OFF)
                .setConfig(GraphDatabaseSettings.track_query_cpu_time, false)
                // Bulk loads change statistics fast; re-plan at most once a minute, not every few batches.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofSeconds(60))
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                // Netty's graceful shutdown waits seconds per DBMS by default; tests want a quick stop.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                .build();
        GraphDatabaseService db = started.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(Duration.ofSeconds(120).toMillis())) {
            started.shutdown();
            throw new IllegalStateException("database " + index + " did not become available");
        }
        HostnamePort actual = ((GraphDatabaseAPI) db).getDependencyResolver()
                .resolveDependency(ConnectorPortRegister.class)
                .getLocalAddress(ConnectorType.BOLT);
        if (actual == null) {
            started.shutdown();
            throw new IllegalStateException("Bolt connector of database " + index + " did not start");
        }
        // Warm the Cypher planner/runtime classes so the first test query is not the slow one.
        db.executeTransactionally("RETURN 1");
        this.port = actual.getPort();
        this.dbms = started;
    }

    synchronized void stop() {
        if (dbms == null) return;
        try {
            dbms.shutdown();
        } finally {
            dbms = null;
        }
    }
}
