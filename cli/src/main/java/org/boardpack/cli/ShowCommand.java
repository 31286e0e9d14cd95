package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.boardpack.app.query.MeetingLookup;
import org.boardpack.app.query.MeetingView;
import org.boardpack.app.query.RecordRows;
import org.boardpack.model.BoardpackJson;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import org.boardpack.model.BoardpackCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * One meeting with its details, agenda, attendance, decisions and actions. An id the index does
 * not know exits with 1 and names the close ids there are, since ids are usually copied from
 * other output and a wrong one is most often a wrong date.
 */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Show a meeting: body, date, time, location, source files and pages, agenda, attendance "
                + "by status, decisions and actions.",
                "MEETING_ID as search, decisions and people print it: body-slug/YYYY-MM-DD. Exit 1 when the index "
                        + "has no such meeting (close ids are suggested)."})
final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "MEETING_ID", description = "e.g. blmk-partnership-board/2020-11-11")
    String id;

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print the meeting and its records as JSON.")
    boolean asJson;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper json = BoardpackJson.newMapper();
        String wanted = id.strip();
        Optional<MeetingView> meeting;
        List<String> close = List.of();
        try (PackSearcher searcher = index.open()) {
            MeetingLookup lookup = new MeetingLookup(searcher, new RecordRows(searcher, new BoardpackCodec()));
            meeting = lookup.find(wanted);
            if (meeting.isEmpty()) {
                close = lookup.closeIds(wanted);
            }
        } catch (IndexException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        if (meeting.isEmpty()) {
            err.println("boardpack: no meeting '" + wanted + "' in the index; "
                    + (close.isEmpty() ? "'boardpack search --type meeting \"*:*\"' lists the meetings there are"
                    : "close ids: " + String.join(", ", close)));
            return ExitCodes.NOT_FOUND;
        }
        MeetingPrinter printer = new MeetingPrinter(out, json);
        if (asJson) {
            printer.json(meeting.get());
        } else {
            printer.text(meeting.get(), TerminalWidth.detect());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
