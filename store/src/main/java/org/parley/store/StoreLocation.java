package org.parley.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the run store lives: a JDBC URL, and for SQLite the database file. Chosen by, first to last: the
 * {@code --db} option, the {@code PARLEY_DB} environment variable, the {@code parley.db} system property, and
 * {@code ~/.parley/parley.db}. A value starting with {@code jdbc:} is a JDBC URL; anything else is a SQLite file.
 */
public record StoreLocation(String url, Path file) {

    /** The environment variable that names the store. */
    public static final String ENV = "PARLEY_DB";
    /** The system property that names the store when neither the option nor the variable does. */
    public static final String PROPERTY = "parley.db";

    private static final String SQLITE = "jdbc:sqlite:";

    /** The store named by the option, the environment or the system properties, in that order. */
    public static StoreLocation resolve(String option, Map<String, String> env, Properties props) {
        if (option != null && !option.isBlank()) {
            return of(option);
        }
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return of(fromEnv);
        }
        String fromProperty = props.getProperty(PROPERTY);
        if (fromProperty != null && !fromProperty.isBlank()) {
            return of(fromProperty);
        }
        return of(Path.of(props.getProperty("user.home"), ".parley", "parley.db").toString());
    }

    /** The store named by the current process's option, environment and system properties. */
    public static StoreLocation resolve(String option) {
        return resolve(option, System.getenv(), System.getProperties());
    }

    /** A JDBC URL, or the path of a SQLite file. */
    public static StoreLocation of(String value) {
        if (value.startsWith(SQLITE)) {
            String rest = value.substring(SQLITE.length());
            int query = rest.indexOf('?');
            String path = query < 0 ? rest : rest.substring(0, query);
            boolean memory = path.isEmpty() || path.equals(":memory:") || path.startsWith("file:");
            return new StoreLocation(value, memory ? null : Path.of(path).toAbsolutePath());
        }
        if (value.startsWith("jdbc:")) {
            return new StoreLocation(value, null);
        }
        Path file = Path.of(value).toAbsolutePath().normalize();
        return new StoreLocation(SQLITE + file, file);
    }

    /**
     * The files of a SQLite store: the database and the files SQLite and Parley keep beside it (write-ahead log,
     * shared memory, rollback journal, migration lock); empty for a server database. No output may overwrite them.
     */
    public java.util.List<Path> files() {
        if (file == null) {
            return java.util.List.of();
        }
        String name = file.getFileName().toString();
        return java.util.List.of(file, file.resolveSibling(name + "-wal"), file.resolveSibling(name + "-shm"),
                file.resolveSibling(name + "-journal"), file.resolveSibling(name + ".migrate.lock"));
    }

    /** Whether the store is SQLite (a file or in memory). */
    public boolean sqlite() {
        return url.startsWith(SQLITE);
    }

    /** The database vendor, as the migration folders are named: sqlite or postgresql. */
    public String vendor() {
        if (sqlite()) {
            return "sqlite";
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return "postgresql";
        }
        throw new StoreException("unsupported database URL " + display() + "; Parley's run store speaks SQLite "
                + "(a file path or jdbc:sqlite:...) and PostgreSQL (jdbc:postgresql://...)");
    }

    /** The file, or the URL without its query (which may hold a password), for messages. */
    public String display() {
        if (file != null) {
            return file.toString();
        }
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
