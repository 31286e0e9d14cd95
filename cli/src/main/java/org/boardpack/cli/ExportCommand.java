package org.boardpack.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import org.boardpack.app.export.LinkedActionRows;
import org.boardpack.app.export.RowFormat;
import org.boardpack.app.export.RowSource;
import org.boardpack.app.export.RowSources;
import org.boardpack.app.export.RowsWriter;
import org.boardpack.model.BoardpackJson;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.UncheckedIndexException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Writes the index out: flat rows of one record type with their meeting, body, date, file and
 * page ({@code export decisions --format csv}), or every record as one {@code boardpack/1} object
 * per file ({@code export} / {@code export all}, as before types existed).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export records: one record type as flat rows (JSON array, JSON Lines or CSV), or 'all' "
                + "(the default) as one boardpack/1 object per ingested file (JSON array or JSON Lines).",
                "Rows carry their context: meeting, body, date, path, page. Field names are the record format's."})
final class ExportCommand implements Callable<Integer> {

    static final String ALL = "all";

    @Parameters(index = "0", arity = "0..1", paramLabel = "TYPE", defaultValue = ALL,
            description = "actions, decisions, attendance, agenda, tables, or all (default: ${DEFAULT-VALUE}).")
    String type;

    @Mixin
    IndexOption index;

    @Option(names = "--format", paramLabel = "json|jsonl|csv", defaultValue = "json",
            description = "json (an array), jsonl (one object per line) or csv (a header row, one row per record; "
                    + "not for 'all') (default: ${DEFAULT-VALUE}).")
    RowFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout (replaced only once "
            + "the export is complete).")
    Path outFile;

    @Option(names = "--csv-raw", description = "With csv: write cells as they are. By default a cell starting with "
            + "=, +, -, @, a tab or a carriage return gets a leading ' so a spreadsheet shows it as text, not a formula.")
    boolean csvRaw;

    @Mixin
    MeetingFilterOptions meetings;

    @Option(names = "--snapshots", description = "With 'actions': the rows as each pack printed them, instead of "
            + "the register of actions linked across meetings.")
    boolean snapshots;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ObjectMapper json = BoardpackJson.newMapper();
        RowSources sources = new RowSources();
        RowsOutput output = new RowsOutput(spec.commandLine(), outFile);
        // options are checked before the index is opened: a wrong command line is exit 2 either way
        RowSource<?> named = type.equals(ALL) ? null : sources.named(type).orElseThrow(() -> usage("there is no "
                + "record type '" + type + "' to export; use one of " + String.join(", ", sources.names()) + ", or " + ALL));
        if (snapshots && (named == null || !named.name().equals("actions"))) {
            throw usage("--snapshots goes with 'export actions' (the raw rows of each pack's action log)");
        }
        RowSource<?> source = named != null && named.name().equals("actions") && !snapshots
                ? new LinkedActionRows(LocalDate.now()) : named;
        SearchFilters filters = meetings.filters(spec.commandLine(), List.of());
        if (source == null) {
            requireWholeRecordOptions();
        }
        try (PackSearcher searcher = index.open()) {
            MeetingFilterOptions.requireKnownBody(spec.commandLine(), searcher, filters.body());
            long[] written = new long[1];
            if (source == null) {
                Iterator<String> packs = searcher.eachPackRecordJson();
                output.write(out -> written[0] = writePacks(json, packs, out));
                output.reportWritten(written[0], "record(s)");
                return ExitCodes.OK;
            }
            output.reportWritten(writeRows(json, source, searcher, filters, output), source.name() + " row(s)");
            return ExitCodes.OK;
        } catch (UncheckedIndexException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (IndexException | RowsOutput.OutputException e) {
            err.println("boardpack: " + e.getMessage());
            return ExitCodes.CANNOT_RUN;
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("an export lists without a query", e);
        }
    }

    /** Rows are read from the index as they are written: memory does not grow with the index. */
    private <R extends Record> long writeRows(ObjectMapper json, RowSource<R> source, PackSearcher searcher,
                                              SearchFilters filters, RowsOutput output)
            throws IndexException, InvalidQueryException, RowsOutput.OutputException {
        Iterator<R> rows = source.each(searcher, RecordSelection.all(filters));
        long[] written = new long[1];
        output.write(out -> written[0] = new RowsWriter(json, csvRaw).write(format, source, rows, out));
        return written[0];
    }

    /**
     * A whole {@code boardpack/1} object holds every record type of a file, so it has no single
     * row shape for CSV and no one meeting to filter by.
     */
    private void requireWholeRecordOptions() {
        if (format == RowFormat.csv) {
            throw usage("'export all' writes whole boardpack/1 objects, which have no one row shape for CSV; "
                    + "export one record type as CSV instead (e.g. 'export decisions --format csv')");
        }
        if (meetings.body != null || meetings.from != null || meetings.to != null) {
            throw usage("--body, --from and --to select records of one type; 'export all' writes every file whole "
                    + "(e.g. 'export decisions --body B' to filter)");
        }
    }

    /** The stored objects as they are, one per line, or parsed one at a time into one pretty array. */
    private long writePacks(ObjectMapper json, Iterator<String> packs, Writer out) throws IOException {
        long n = 0;
        if (format == RowFormat.jsonl) {
            while (packs.hasNext()) {
                out.write(packs.next());
                out.write('\n');
                n++;
            }
            return n;
        }
        try (SequenceWriter w = json.writerWithDefaultPrettyPrinter().writeValuesAsArray(RowsWriter.nonClosing(out))) {
            while (packs.hasNext()) {
                w.write(json.readTree(packs.next()));
                n++;
            }
        }
        out.write('\n');
        return n;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
