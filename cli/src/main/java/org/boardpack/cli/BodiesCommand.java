package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.boardpack.app.bodies.BodiesService;
import org.boardpack.app.bodies.BodyCorrections;
import org.boardpack.app.bodies.BodySummary;
import org.boardpack.model.BoardpackJson;
import org.boardpack.index.IndexException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.bodies.BodiesFileException;
import org.boardpack.index.bodies.Body;
import org.boardpack.index.bodies.BodyDeclaration;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code boardpack bodies}: the bodies of the index, each under every name its papers print, and
 * the corrections {@code merge} and {@code rename} record with the index (docs/bodies.md).
 */
@Command(name = "bodies", mixinStandardHelpOptions = true,
        description = {"List the bodies of the index: each with the names its papers print, its packs and meetings, "
                + "and its first and last meeting.",
                "Names are resolved to one body by the rules in docs/bodies.md, or as a bodies file declares."},
        subcommands = {BodiesCommand.Merge.class, BodiesCommand.Rename.class})
final class BodiesCommand implements Callable<Integer> {

    @Mixin
    IndexOption index;

    @Option(names = "--json", description = "Print the bodies as a JSON array.")
    boolean json;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<BodySummary> bodies;
        try (PackSearcher searcher = index.open()) {
            bodies = new BodiesService(searcher).list();
        } catch (IndexException e) {
            spec.commandLine().getErr().println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            try {
                out.println(BoardpackJson.newMapper().writerWithDefaultPrettyPrinter().writeValueAsString(json(bodies)));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException("a tree of strings and numbers is always JSON", e);
            }
        } else {
            text(out, bodies);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static ArrayNode json(List<BodySummary> bodies) {
        ObjectMapper m = BoardpackJson.newMapper();
        ArrayNode arr = m.createArrayNode();
        for (BodySummary s : bodies) {
            ObjectNode o = arr.addObject();
            o.put("id", s.body().id());
            o.put("name", s.body().name());
            o.put("kind", s.body().kind());
            o.put("declared", s.body().declared());
            o.put("packs", s.packs());
            o.put("meetings", s.meetings());
            o.put("first_meeting", s.firstMeeting());
            o.put("last_meeting", s.lastMeeting());
            ArrayNode aliases = o.putArray("aliases");
            for (Body.Alias a : s.body().aliases()) {
                ObjectNode ao = aliases.addObject();
                ao.put("name", a.name());
                ArrayNode files = ao.putArray("files");
                a.files().forEach(f -> files.add(f.toString()));
            }
        }
        return arr;
    }

    private static void text(PrintWriter out, List<BodySummary> bodies) {
        out.println(bodies.size() + " bod" + (bodies.size() == 1 ? "y" : "ies"));
        TerminalTable table = new TerminalTable(List.of(TerminalTable.Column.wrapping("BODY"),
                TerminalTable.Column.wrapping("ALSO PRINTED AS"), TerminalTable.Column.fixed("PACKS"),
                TerminalTable.Column.fixed("MEETINGS"), TerminalTable.Column.fixed("FIRST"), TerminalTable.Column.fixed("LAST")));
        for (BodySummary s : bodies) {
            List<String> names = s.body().aliases().stream().map(Body.Alias::name)
                    .filter(n -> !n.equals(s.body().name())).toList();
            table.row(s.body().name() + (s.body().declared() ? " (declared)" : ""),
                    String.join("; ", names), String.valueOf(s.packs()), String.valueOf(s.meetings()),
                    s.firstMeeting(), s.lastMeeting());
        }
        out.print(table.render(TerminalWidth.detect()));
    }

    /** Looks up each name; a usage error names the one that is no body of the index. */
    static List<Body> find(CommandLine cl, PackSearcher searcher, List<String> names) throws IndexException {
        BodiesService service = new BodiesService(searcher);
        List<Body> found = new ArrayList<>();
        for (String n : names) {
            Optional<Body> b = service.find(n);
            if (b.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "no body '" + n + "' in the index (or several answer to it); "
                        + "'boardpack bodies' lists them");
            }
            found.add(b.get());
        }
        return found;
    }

    @Command(name = "merge", mixinStandardHelpOptions = true,
            description = "Record that the bodies named are one body (kept with the index, applied to every answer).")
    static final class Merge implements Callable<Integer> {

        @Parameters(paramLabel = "BODY", arity = "2..*", description = "Two or more bodies: a name, an alias or an id.")
        List<String> names;

        @Option(names = "--into", paramLabel = "NAME", description = "The merged body's name (default: the first body's).")
        String into;

        @Mixin
        IndexOption index;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return correct(spec, index, names, (bodies, c) -> c.merge(bodies, into));
        }
    }

    @Command(name = "rename", mixinStandardHelpOptions = true,
            description = "Record a body's display name (kept with the index; its old names still find it).")
    static final class Rename implements Callable<Integer> {

        @Parameters(index = "0", paramLabel = "BODY", description = "The body: a name, an alias or an id.")
        String body;

        @Parameters(index = "1", paramLabel = "NAME", description = "Its new name.")
        String name;

        @Mixin
        IndexOption index;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            return correct(spec, index, List.of(body), (bodies, c) -> c.rename(bodies.getFirst(), name));
        }
    }

    private interface Correction {
        BodyDeclaration apply(List<Body> bodies, BodyCorrections corrections) throws BodiesFileException;
    }

    private static Integer correct(CommandLine.Model.CommandSpec spec, IndexOption index, List<String> names,
                                   Correction correction) {
        PrintWriter out = spec.commandLine().getOut();
        try (PackSearcher searcher = index.open()) {
            List<Body> bodies = find(spec.commandLine(), searcher, names);
            BodyCorrections corrections = new BodyCorrections(index.dir);
            BodyDeclaration d = correction.apply(bodies, corrections);
            out.println("recorded: " + d.name() + (d.aliases().isEmpty() ? "" : " (also " + String.join("; ", d.aliases()) + ")")
                    + " in " + display(corrections.file()));
        } catch (IndexException e) {
            spec.commandLine().getErr().println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (BodiesFileException e) {
            spec.commandLine().getErr().println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static String display(Path p) {
        return p.toAbsolutePath().normalize().toString();
    }
}
