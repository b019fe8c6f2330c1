package org.parley.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The run store on any JDBC database: SQLite (WAL journal, 30 s busy timeout, full sync, immediate transactions,
 * so concurrent writers wait instead of failing) or PostgreSQL. Each run is one transaction.
 */
public final class JdbcRunStore implements RunStore {

    private static final ObjectMapper JSON = org.parley.io.json.ResultJson.mapper();
    private static final int BUSY_TIMEOUT_MS = 30_000;

    private final StoreLocation at;
    private final Connection c;

    private JdbcRunStore(StoreLocation at, Connection c) {
        this.at = at;
        this.c = c;
    }

    /** Opens the store, checking a SQLite file first and migrating the schema to the latest version. */
    public static JdbcRunStore open(StoreLocation at) {
        return open(at, Integer.toString(Schema.LATEST));
    }

    /** Opens the store with its schema migrated to {@code version} (tests build older databases with it). */
    static JdbcRunStore open(StoreLocation at, String version) {
        at.vendor();
        if (at.file() != null) {
            SqliteGuard.check(at.file());
            Schema.createFolder(at);
        }
        Connection c = null;
        try {
            c = connect(at);
            int current = Schema.version(c, at.display());
            if (current > Schema.LATEST) {
                throw Schema.newer(at.display(), current);
            }
            if (current < Integer.parseInt(version)) {
                Schema.migrate(at, at.sqlite() ? sqliteDataSource(at) : null, version);
            }
            return new JdbcRunStore(at, c);
        } catch (SQLException e) {
            close(c);
            throw new StoreException("cannot open the run database " + at.display() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            close(c);
            throw e;
        }
    }

    private static Connection connect(StoreLocation at) throws SQLException {
        if (at.sqlite()) {
            SqliteNative.prepare();
            return DriverManager.getConnection(at.url(), sqliteConfig().toProperties());
        }
        return DriverManager.getConnection(at.url(), new Properties());
    }

    private static SQLiteConfig sqliteConfig() {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.enforceForeignKeys(true);
        return config;
    }

    private static SQLiteDataSource sqliteDataSource(StoreLocation at) {
        SQLiteDataSource ds = new SQLiteDataSource(sqliteConfig());
        ds.setUrl(at.url());
        return ds;
    }

    /** Where this store is. */
    public StoreLocation location() {
        return at;
    }

    @Override
    public synchronized long record(NewRun r) {
        try {
            c.setAutoCommit(false);
            try {
                if (r.scenario() != null) {
                    try (PreparedStatement ps = c.prepareStatement("INSERT INTO scenarios (hash, name, content) "
                            + "VALUES (?, ?, ?) ON CONFLICT (hash) DO NOTHING")) {
                        ps.setString(1, r.scenario().hash());
                        ps.setString(2, r.scenario().name());
                        ps.setString(3, r.scenario().content());
                        ps.executeUpdate();
                    }
                }
                long id = insertRun(r);
                c.commit();
                return id;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("cannot record the run in " + at.display() + ": " + e.getMessage(), e);
        }
    }

    private long insertRun(NewRun r) throws SQLException {
        String sql = "INSERT INTO runs (command, args, params, scenario_hash, scenario_file, seed, parley_version, "
                + "started_at, ended_at, status, result, message) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.command());
            ps.setString(2, json(r.args()));
            ps.setString(3, json(r.params()));
            ps.setString(4, r.scenario() == null ? null : r.scenario().hash());
            ps.setString(5, r.scenarioFile());
            if (r.seed() == null) {
                ps.setNull(6, Types.BIGINT);
            } else {
                ps.setLong(6, r.seed());
            }
            ps.setString(7, r.parleyVersion());
            ps.setString(8, Times.format(r.startedAt()));
            ps.setString(9, Times.format(r.endedAt()));
            ps.setString(10, r.status().word());
            ps.setString(11, r.result());
            ps.setString(12, r.message());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new run");
                }
                return keys.getLong(1);
            }
        }
    }

    @Override
    public synchronized List<RunSummary> list(int limit) {
        String sql = "SELECT r.id, r.command, s.name, r.scenario_hash, r.scenario_file, r.started_at, r.ended_at, "
                + "r.status, r.parley_version, r.args FROM runs r LEFT JOIN scenarios s ON s.hash = r.scenario_hash "
                + "ORDER BY r.id DESC LIMIT ?";
        List<RunSummary> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RunSummary(rs.getLong(1), rs.getString(2),
                            JSON.readValue(rs.getString(10), new TypeReference<List<String>>() { }), rs.getString(3),
                            rs.getString(4), rs.getString(5), Times.parse(rs.getString(6)),
                            Times.parse(rs.getString(7)), RunStatus.ofWord(rs.getString(8)), rs.getString(9)));
                }
            }
        } catch (SQLException e) {
            throw failed("list the runs", e);
        } catch (JsonProcessingException e) {
            throw new StoreException("a run's arguments in " + at.display() + " are not JSON: "
                    + e.getOriginalMessage(), e);
        }
        return out;
    }

    @Override
    public synchronized Optional<Run> find(long id) {
        String sql = "SELECT r.id, r.command, r.args, r.params, s.name, s.content, r.scenario_hash, r.scenario_file, "
                + "r.seed, r.parley_version, r.started_at, r.ended_at, r.status, r.result, r.message FROM runs r "
                + "LEFT JOIN scenarios s ON s.hash = r.scenario_hash WHERE r.id = ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String hash = rs.getString(7);
                long seed = rs.getLong(9);
                Long seedOrNull = rs.wasNull() ? null : seed;
                return Optional.of(new Run(rs.getLong(1), rs.getString(2),
                        JSON.readValue(rs.getString(3), new TypeReference<List<String>>() { }),
                        JSON.readValue(rs.getString(4), new TypeReference<LinkedHashMap<String, Object>>() { }),
                        hash == null ? null : new ScenarioSnapshot(rs.getString(5), rs.getString(6), hash),
                        rs.getString(8), seedOrNull, rs.getString(10), Times.parse(rs.getString(11)),
                        Times.parse(rs.getString(12)), RunStatus.ofWord(rs.getString(13)), rs.getString(14),
                        rs.getString(15)));
            }
        } catch (SQLException e) {
            throw failed("read run " + id, e);
        } catch (JsonProcessingException e) {
            throw new StoreException("run " + id + " in " + at.display() + " has damaged arguments: "
                    + e.getOriginalMessage(), e);
        }
    }

    @Override
    public synchronized long count() {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM runs")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw failed("count the runs", e);
        }
    }

    @Override
    public synchronized void close() {
        close(c);
    }

    private StoreException failed(String what, SQLException e) {
        return new StoreException("cannot " + what + " in " + at.display() + ": " + e.getMessage(), e);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot store as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static void close(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing a connection we no longer use: nothing left to save
        }
    }
}
