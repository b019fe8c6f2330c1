package org.parley.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.parley.core.scenario.Scenario;
import org.parley.io.yaml.ScenarioYaml;

/** A scenario as stored with a run: its canonical Parley YAML and the SHA-256 (hex) of that text. */
public record ScenarioSnapshot(String name, String content, String hash) {

    /** The snapshot of a validated scenario. */
    public static ScenarioSnapshot of(Scenario s) {
        String yaml = ScenarioYaml.writeYaml(s);
        return new ScenarioSnapshot(s.name(), yaml, sha256(yaml));
    }

    /** The SHA-256 of a text's UTF-8 bytes, in lower-case hex. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
