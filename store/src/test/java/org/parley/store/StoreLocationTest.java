package org.parley.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StoreLocationTest {

    private static Properties props(String... kv) {
        Properties p = new Properties();
        p.setProperty("user.home", "/home/ana");
        for (int i = 0; i < kv.length; i += 2) {
            p.setProperty(kv[i], kv[i + 1]);
        }
        return p;
    }

    @Test
    void the_default_is_a_file_in_the_home_folder() {
        StoreLocation at = StoreLocation.resolve(null, Map.of(), props());
        assertThat(at.file()).isEqualTo(Path.of("/home/ana/.parley/parley.db"));
        assertThat(at.url()).isEqualTo("jdbc:sqlite:/home/ana/.parley/parley.db");
        assertThat(at.vendor()).isEqualTo("sqlite");
    }

    @Test
    void option_beats_environment_beats_property() {
        assertThat(StoreLocation.resolve(null, Map.of(), props("parley.db", "/p.db")).file()).isEqualTo(Path.of("/p.db"));
        assertThat(StoreLocation.resolve(null, Map.of("PARLEY_DB", "/e.db"), props("parley.db", "/p.db")).file())
                .isEqualTo(Path.of("/e.db"));
        assertThat(StoreLocation.resolve("/o.db", Map.of("PARLEY_DB", "/e.db"), props()).file())
                .isEqualTo(Path.of("/o.db"));
    }

    @Test
    void a_jdbc_url_is_taken_as_it_is_and_its_password_is_not_shown() {
        StoreLocation pg = StoreLocation.of("jdbc:postgresql://db:5432/parley?user=a&password=secret");
        assertThat(pg.file()).isNull();
        assertThat(pg.vendor()).isEqualTo("postgresql");
        assertThat(pg.display()).isEqualTo("jdbc:postgresql://db:5432/parley").doesNotContain("secret");
        assertThat(StoreLocation.of("jdbc:sqlite:/x/y.db").file()).isEqualTo(Path.of("/x/y.db"));
    }
}
