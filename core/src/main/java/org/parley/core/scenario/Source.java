package org.parley.core.scenario;

/** A source that facts and judgements in a scenario cite by its id. */
public record Source(String id, String title, String locator, String year, String usedFor) {
}
