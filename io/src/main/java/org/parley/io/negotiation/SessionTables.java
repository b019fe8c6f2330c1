package org.parley.io.negotiation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.parley.core.negotiation.session.SessionResult;
import org.parley.core.negotiation.session.TraceEvent;

/**
 * A session's trace as CSV (docs/formats/tournament.md): one row per action with its round, party, action, time,
 * every party's utility of the bid ({@code u_PARTY}) and the bid's value on every issue; full precision.
 */
public final class SessionTables {

    private static final CsvMapper CSV = new CsvMapper();

    private SessionTables() {
    }

    /** The trace of {@code r} (which must have been run with its trace). */
    public static String trace(SessionResult r) {
        if (r.trace() == null) {
            throw new IllegalArgumentException("the session was run without its trace");
        }
        List<String> issues = new ArrayList<>();
        r.trace().stream().filter(e -> e.bid() != null).findFirst().ifPresent(e -> issues.addAll(e.bid().keySet()));
        CsvSchema.Builder b = CsvSchema.builder().addColumn("round").addColumn("party").addColumn("action")
                .addColumn("time");
        r.parties().forEach(p -> b.addColumn("u_" + p));
        issues.forEach(b::addColumn);
        List<List<Object>> rows = new ArrayList<>();
        for (TraceEvent e : r.trace()) {
            List<Object> row = new ArrayList<>(List.of(e.round(), e.party(),
                    e.action().name().toLowerCase(java.util.Locale.ROOT), e.time()));
            for (String p : r.parties()) {
                row.add(e.utilities() == null ? null : e.utilities().get(p));
            }
            for (String i : issues) {
                row.add(e.bid() == null ? null : e.bid().get(i));
            }
            rows.add(row);
        }
        try {
            return CSV.writer(b.build().withHeader()).writeValueAsString(rows);
        } catch (JsonProcessingException x) {
            throw new UncheckedIOException(x);
        }
    }
}
