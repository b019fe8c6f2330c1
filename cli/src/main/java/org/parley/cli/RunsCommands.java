package org.parley.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.parley.io.json.ResultJson;
import org.parley.store.JdbcRunStore;
import org.parley.store.Run;
import org.parley.store.StoreException;

/** What the {@code runs} subcommands share: finding a run by id, reading a stored result. */
final class RunsCommands {

    private RunsCommands() {
    }

    /** The run with the given id, or a usage error naming the database. */
    static Run find(StoreOptions store, long id) {
        try (JdbcRunStore s = store.open()) {
            return s.find(id).orElseThrow(() -> new Parley.UserError("no run " + id + " in "
                    + store.location().display() + "; 'parley runs list' shows the runs recorded"));
        }
    }

    /** A stored result JSON as a tree. */
    static JsonNode tree(String json) {
        try {
            return ResultJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored result is not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
