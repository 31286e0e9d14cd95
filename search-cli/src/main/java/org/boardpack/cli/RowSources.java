package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Optional;

/**
 * The flat row shapes, one per record type: what {@code export TYPE} writes and what the listing
 * commands ({@code decisions}, {@code people}, {@code show}) print as JSON, so a script sees the
 * same fields wherever a record comes from.
 */
final class RowSources {

    private final RowSource actions;
    private final RowSource decisions;
    private final RowSource attendance;
    private final RowSource agenda;
    private final RowSource tables;

    RowSources(ObjectMapper json) {
        this.actions = new ActionRows(json);
        this.decisions = new FlatRows(json, "decisions", "decision", List.of("item", "minute_ref", "kind", "text", "vote"));
        this.attendance = new FlatRows(json, "attendance", "attendance",
                List.of("name", "honorific", "role", "initials", "status"));
        this.agenda = new FlatRows(json, "agenda", "agenda_item", List.of("number", "title", "lead", "time"));
        this.tables = new FlatRows(json, "tables", "table", List.of("last_page", "title", "bbox", "header_rows", "rows"));
    }

    RowSource actions() {
        return actions;
    }

    RowSource decisions() {
        return decisions;
    }

    RowSource attendance() {
        return attendance;
    }

    RowSource agenda() {
        return agenda;
    }

    List<RowSource> all() {
        return List.of(actions, decisions, attendance, agenda, tables);
    }

    List<String> names() {
        return all().stream().map(RowSource::name).toList();
    }

    Optional<RowSource> named(String name) {
        return all().stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
