package org.parley.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A child process for durability tests: records runs into a store as fast as it can. Arguments: database, number of
 * runs (0 = until killed), payload size in KiB, label. Each result ends with {@code "end": true} after its payload,
 * so a half-written result would show.
 */
public final class StoreWriter {

    private StoreWriter() {
    }

    public static void main(String[] args) {
        String db = args[0];
        int count = Integer.parseInt(args[1]);
        int kib = Integer.parseInt(args[2]);
        String label = args[3];
        String payload = "x".repeat(kib * 1024);
        try (JdbcRunStore store = JdbcRunStore.open(StoreLocation.of(db))) {
            for (int i = 0; count <= 0 || i < count; i++) {
                String result = "{\"label\": \"" + label + "\", \"i\": " + i + ", \"payload\": \"" + payload
                        + "\", \"end\": true}";
                Instant t = Instant.now();
                store.record(new NewRun("writer", List.of(label, Integer.toString(i)), Map.of("i", i),
                        new ScenarioSnapshot(label, "name: " + label + "\n", ScenarioSnapshot.sha256(label)),
                        null, null, "test", t, Instant.now(), RunStatus.OK, result, null));
            }
        }
    }
}
