package org.boardpack.app.query;

import java.nio.file.Path;
import org.boardpack.index.bodies.BodyDirectory;

import org.boardpack.model.actions.Action;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.BoardpackCodec;

import java.util.ArrayList;
import java.util.List;
import org.boardpack.index.IndexException;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.PersonNames;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;

/**
 * The people a name means, with their attendance and the actions they own: Lucene picks the
 * records that may name the person, {@link PeopleFinder}'s matching is the precise check. Each row
 * names its meeting's body as resolved ({@link BodyDirectory}), so one board printed under its
 * formal and its short name is one body in a person's record.
 */
public final class PeopleQuery {

    /** Shared by every question asked of one query object (a server asks many): a mapper learns each type once. */
    private final BoardpackCodec codec = new BoardpackCodec();

    public PeopleQuery() {
    }

    /** Whether {@code name} has a word a name could match (a query of stop words or punctuation has none). */
    public static boolean hasNameWords(String name) {
        try (PersonNames names = new PersonNames()) {
            return !names.terms(name).isEmpty();
        }
    }

    public List<Person> find(PackSearcher searcher, String name, SearchFilters filters) throws IndexException {
        RecordRows typed = new RecordRows(searcher, codec);
        BodyDirectory bodies = searcher.bodies();
        List<RecordRow<Attendance>> attendance = new ArrayList<>();
        List<RecordRow<Action>> actions = new ArrayList<>();
        try (PersonNames names = new PersonNames()) {
            for (IndexedRecord r : searcher.recordsNaming(name, RecordSelection.all(filters))) {
                if (r.type().equals("attendance")) {
                    attendance.add(resolved(bodies, typed.row(RecordKind.ATTENDANCE, r)));
                } else {
                    actions.add(resolved(bodies, typed.row(RecordKind.ACTION, r)));
                }
            }
            return new PeopleFinder(names).find(name, attendance, actions);
        } catch (InvalidQueryException e) {
            throw new IllegalStateException("people are listed without a query", e);
        }
    }

    /** The row with its meeting's body named as resolved; as printed where no body resolves. */
    private static <T> RecordRow<T> resolved(BodyDirectory bodies, RecordRow<T> row) {
        RecordContext c = row.context();
        if (c.body() == null || c.path() == null) {
            return row;
        }
        return bodies.of(c.body(), Path.of(c.path()))
                .map(b -> new RecordRow<>(c.withBody(b.name()), row.record()))
                .orElse(row);
    }
}
