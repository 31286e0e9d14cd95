package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.app.query.PeopleQuery;
import org.boardpack.app.query.Person;
import org.boardpack.app.query.RecordKind;
import org.boardpack.app.query.RecordRow;
import org.boardpack.app.query.RecordRows;
import org.boardpack.model.BoardpackJson;
import org.boardpack.model.actions.Action;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.PersonNames;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;
import org.boardpack.model.BoardpackCodec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** A person's attendance and the actions they own, across meetings; printing is {@link PeoplePrinter}'s. */
@Command(name = "people", mixinStandardHelpOptions = true,
        description = {"Show a person's attendance (meeting, date, status, role) and the actions they own.",
                "NAME is matched as search matches names: a surname, a full name, with or without honorific "
                        + "(Prof = Professor, Cllr = Councillor). When it fits several people, each is listed apart."})
final class PeopleCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", arity = "1..*", description = "The person's name or part of it.")
    List<String> name;

    @Mixin
    IndexOption index;

    @Mixin
    MeetingFilterOptions meetings;

    @Option(names = "--json", description = "Print the people found, with attendance and action rows, as JSON.")
    boolean asJson;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String query = String.join(" ", name);
        SearchFilters filters = meetings.filters(spec.commandLine(), List.of());
        ObjectMapper json = BoardpackJson.newMapper();
        List<Person> people;
        try (PackSearcher searcher = index.open(); PersonNames names = new PersonNames()) {
            if (names.terms(query).isEmpty()) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "NAME '" + query + "' has no word a name could match; give a surname or a full name");
            }
            MeetingFilterOptions.requireKnownBody(spec.commandLine(), searcher, filters.body());
            people = new PeopleQuery().find(searcher, query, filters);
        } catch (IndexException e) {
            spec.commandLine().getErr().println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        PrintWriter out = spec.commandLine().getOut();
        PeoplePrinter printer = new PeoplePrinter(out, json);
        if (asJson) {
            printer.json(query, people);
        } else {
            printer.text(query, people, TerminalWidth.detect());
        }
        out.flush();
        return ExitCodes.OK;
    }
}
