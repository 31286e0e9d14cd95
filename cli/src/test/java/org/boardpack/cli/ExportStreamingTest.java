package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.boardpack.app.export.LinkedActionRows;
import org.boardpack.app.export.RowFormat;
import org.boardpack.app.export.RowSource;
import org.boardpack.app.export.RowSources;
import org.boardpack.app.export.RowsWriter;
import org.boardpack.model.BoardpackJson;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;
import org.boardpack.app.register.ActionRegister;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} streams over the bundled corpus's index: each row is written as soon as it is
 * read, before the next is read, in every format; the linked action register is made one body at
 * a time, in the same order as linking the whole index at once.
 */
class ExportStreamingTest {

    private final CorpusIndex corpus = CorpusIndex.get();
    private final ObjectMapper json = BoardpackJson.newMapper();

    /** Rows handed out so far. */
    private static final class Counting<R> implements Iterator<R> {
        private final Iterator<R> rows;
        int taken;

        Counting(Iterator<R> rows) {
            this.rows = rows;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public R next() {
            taken++;
            return rows.next();
        }
    }

    /** Notes how many rows had been read when the first row's text reached the output. */
    private static final class FirstRowWriter extends Writer {
        private final Counting<?> rows;
        private final String marker;
        private final StringBuilder text = new StringBuilder();
        int takenAtFirstRow = -1;

        FirstRowWriter(Counting<?> rows, String marker) {
            this.rows = rows;
            this.marker = marker;
        }

        @Override
        public void write(char[] buf, int off, int len) {
            text.append(buf, off, len);
            if (takenAtFirstRow < 0 && text.indexOf(marker) >= 0) {
                takenAtFirstRow = rows.taken;
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    @Test
    void eachRowIsWrittenBeforeTheNextIsRead() throws Exception {
        RowSources sources = new RowSources();
        List<RowSource<?>> all = List.of(sources.decisions(), sources.attendance(), new LinkedActionRows(LocalDate.of(2024, 1, 1)));
        try (PackSearcher searcher = new PackSearcher(corpus.dir)) {
            for (RowSource<?> source : all) {
                for (RowFormat format : RowFormat.values()) {
                    checkStreamed(searcher, source, format);
                }
            }
        }
    }

    private <R extends Record> void checkStreamed(PackSearcher searcher, RowSource<R> source, RowFormat format) throws Exception {
        Counting<R> rows = new Counting<>(source.each(searcher, RecordSelection.all(SearchFilters.NONE)));
        // the first row shows as its first field's name in JSON; in CSV as the end of the
        // header line, which Jackson writes together with the first row
        String marker = format == RowFormat.csv ? "\r\n" : "\"" + source.columns().getFirst() + "\"";
        FirstRowWriter out = new FirstRowWriter(rows, marker);
        long written = new RowsWriter(json).write(format, source, rows, out);
        String what = source.name() + " as " + format;
        assertTrue(written > 10, what);
        assertEquals(written, rows.taken, what);
        assertEquals(1, out.takenAtFirstRow, what + ": rows read before the first was written");
    }

    @Test
    void theRegisterIsLinkedOneBodyAtATimeInTheSameOrder() throws Exception {
        ActionRegister register = ActionRegister.asOf(LocalDate.of(2024, 1, 1));
        try (PackSearcher searcher = new PackSearcher(corpus.dir)) {
            List<LinkedAction> whole = register.linked(searcher, null);
            List<LinkedAction> bodyByBody = new ArrayList<>();
            int bodies = 0;
            for (Iterator<List<LinkedAction>> it = register.linkedByBody(searcher, null); it.hasNext(); ) {
                List<LinkedAction> one = it.next();
                assertEquals(1, one.stream().map(LinkedAction::bodyKey).distinct().count(), "one body's actions: " + one);
                bodyByBody.addAll(one);
                bodies++;
            }
            assertTrue(bodies > 5, "the corpus has actions of " + bodies + " bodies");
            assertEquals(whole, bodyByBody);
        }
    }

    @Test
    void anExportToAFileSaysHowManyRowsWentThere(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("decisions.jsonl");
        CliRun run = corpus.run("export", "decisions", "--format", "jsonl", "--out", file.toString());
        long lines = Files.readAllLines(file).size();
        assertEquals(corpus.records("decisions").size(), lines);
        assertTrue(run.out().contains("Exported " + lines + " decisions row(s) to " + file), run.out());
    }
}
