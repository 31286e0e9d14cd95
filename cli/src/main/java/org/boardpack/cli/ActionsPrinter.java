package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.boardpack.app.ingest.SourceFiles;
import org.boardpack.cli.TerminalTable.Column;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionUpdate;
import org.boardpack.index.register.ActionSnapshot;
import org.boardpack.app.register.LinkedAction;

/**
 * Prints the action register: one row per linked action, or per raw row with {@code --snapshots},
 * as a table sized to the terminal for people, or as JSON with every field for scripts.
 */
final class ActionsPrinter {

    /** A raw row in JSON: the paper's meeting, its body and date, the file, and the action record as extracted. */
    record SnapshotJson(String meeting, String body, String date, String path, Action action) {
    }

    private final PrintWriter out;
    private final int width;
    private final ObjectMapper json = BoardpackJson.newMapper();

    ActionsPrinter(PrintWriter out, int width) {
        this.out = out;
        this.width = width;
    }

    void linked(List<LinkedAction> actions) {
        TerminalTable t = new TerminalTable(List.of(Column.fixed("REF"), Column.fixed("BODY"), Column.fixed("OWNER"),
                Column.fixed("DUE"), Column.fixed("STATUS"), Column.wrapping("LAST UPDATE"), Column.fixed("RAISED"),
                Column.wrapping("DESCRIPTION")));
        for (LinkedAction a : actions) {
            ActionUpdate last = a.lastUpdate();
            String status = a.status() == null ? null : a.status().name().toLowerCase(java.util.Locale.ROOT)
                    + (a.closed() != null ? " " + a.closed() : "") + (a.overdue() ? ", overdue" : "");
            t.row(a.ref(), a.body(), a.ownerName() != null ? a.ownerName() : a.owner(), a.due(), status,
                    last == null ? null : (last.date() == null ? "-" : last.date()) + " " + last.text(), a.raised(),
                    a.description() != null ? a.description() : a.item());
        }
        out.print(t.render(width));
    }

    void snapshots(List<ActionSnapshot> rows) {
        TerminalTable t = new TerminalTable(List.of(Column.fixed("MEETING"), Column.fixed("FILE:PAGE"),
                Column.fixed("REF"), Column.fixed("OWNER"), Column.fixed("DUE"), Column.fixed("STATUS"),
                Column.wrapping("DESCRIPTION")));
        for (ActionSnapshot s : rows) {
            Action a = s.action();
            String file = s.path() == null ? null : SourceFiles.display(Path.of(s.path())) + ":" + a.page();
            t.row(s.meeting(), file, a.ref(), a.owner(), a.due(), a.statusText(),
                    a.description() != null ? a.description() : a.item());
        }
        out.print(t.render(width));
    }

    void linkedJson(List<LinkedAction> actions) throws IOException {
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(actions));
    }

    void snapshotsJson(List<ActionSnapshot> rows) throws IOException {
        List<SnapshotJson> shaped = rows.stream().map(s -> new SnapshotJson(s.meeting(), s.body(),
                s.date() == null ? null : s.date().toString(), s.path(), s.action())).toList();
        out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(shaped));
    }
}
