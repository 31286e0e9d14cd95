package org.boardpack.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.boardpack.app.export.DecisionRow;
import org.boardpack.app.export.RowSource;
import org.boardpack.app.export.RowSources;
import org.boardpack.app.query.ActionCriteria;
import org.boardpack.app.query.DecisionQuery;
import org.boardpack.app.query.KnownBodies;
import org.boardpack.app.query.MeetingLookup;
import org.boardpack.app.query.RecordRows;
import org.boardpack.model.BoardpackCodec;
import org.boardpack.app.query.MeetingView;
import org.boardpack.app.query.PeopleQuery;
import org.boardpack.app.query.Person;
import org.boardpack.model.BoardpackJson;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.index.IndexException;
import org.boardpack.index.InvalidQueryException;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;
import org.boardpack.index.SearchRequest;
import org.boardpack.index.SearchResult;
import org.boardpack.index.bodies.BodyDeclaration;

/**
 * The index as the server reads it: one searcher opened at start and shared by every request
 * (Lucene's searcher is safe to share), and the application layer's use-cases over it, the same
 * the command line runs. A query Lucene cannot parse and a body the index does not have are 400s.
 */
public final class IndexQueries implements AutoCloseable {

    private final PackSearcher searcher;
    private final ObjectMapper json = BoardpackJson.newMapper();
    private final RowSources rows = new RowSources();
    private final IndexedFiles files;
    private final RegisterCache register;
    /** The use-cases, made once: each holds a codec whose mapper learns the record types on first use. */
    private final MeetingLookup meetings;
    private final PeopleQuery people = new PeopleQuery();
    private final DecisionQuery decisions = new DecisionQuery(rows);

    public IndexQueries(Path index, List<BodyDeclaration> bodies) throws IndexException, IOException {
        this.searcher = new PackSearcher(index);
        try {
            if (!bodies.isEmpty()) {
                searcher.declareBodies(bodies);
            }
            this.files = IndexedFiles.of(searcher, json);
            this.register = new RegisterCache(searcher);
            this.meetings = new MeetingLookup(searcher, new RecordRows(searcher, new BoardpackCodec()));
        } catch (IndexException | IOException | RuntimeException e) {
            searcher.close();
            throw e;
        }
    }

    /** Starts linking today's register in the background (see {@link RegisterCache#warm}). */
    public Thread warmRegister(java.time.LocalDate today) {
        return register.warm(today);
    }

    public ObjectMapper json() {
        return json;
    }

    public RowSources rows() {
        return rows;
    }

    public IndexedFiles files() {
        return files;
    }

    public SearchResult search(SearchRequest request, String markOpen, String markClose) throws IndexException {
        requireKnownBody(request.filters().body());
        try {
            return searcher.search(request, markOpen, markClose);
        } catch (InvalidQueryException e) {
            throw HttpProblem.badRequest("q: " + e.getMessage());
        }
    }

    public Optional<MeetingView> meeting(String id) throws IndexException {
        return meetings.find(id);
    }

    public List<String> closeMeetingIds(String id) throws IndexException {
        return meetings.closeIds(id);
    }

    public List<Person> people(String name, SearchFilters filters) throws IndexException {
        if (!PeopleQuery.hasNameWords(name)) {
            throw HttpProblem.badRequest("name: '" + Params.clip(name) + "' has no word a name could match; "
                    + "give a surname or a full name");
        }
        requireKnownBody(filters.body());
        return people.find(searcher, name, filters);
    }

    public List<DecisionRow> decisions(RecordSelection selection, String kind) throws IndexException {
        requireKnownBody(selection.filters().body());
        try {
            return decisions.rows(searcher, selection, kind);
        } catch (InvalidQueryException e) {
            throw HttpProblem.badRequest("q: " + e.getMessage());
        }
    }

    /** One page of {@link #decisions}' rows, with the count of them all. */
    public DecisionQuery.Page decisions(RecordSelection selection, String kind, Paging paging) throws IndexException {
        requireKnownBody(selection.filters().body());
        try {
            return decisions.page(searcher, selection, kind, paging.offset(), paging.size());
        } catch (InvalidQueryException e) {
            throw HttpProblem.badRequest("q: " + e.getMessage());
        }
    }

    public List<LinkedAction> register(String body, ActionCriteria criteria) throws IndexException {
        requireKnownBody(body);
        return register.linked(body, criteria);
    }

    public <R extends Record> List<R> rows(RowSource<R> source, RecordSelection selection) throws IndexException {
        requireKnownBody(selection.filters().body());
        try {
            return source.rows(searcher, selection);
        } catch (InvalidQueryException e) {
            throw HttpProblem.badRequest("q: " + e.getMessage());
        }
    }

    private void requireKnownBody(String body) throws IndexException {
        List<String> bodies = new KnownBodies(searcher).insteadOf(body);
        if (bodies != null) {
            throw HttpProblem.badRequest(KnownBodies.unknown(body, bodies).replaceFirst("^--body", "body"));
        }
    }

    @Override
    public void close() throws IndexException {
        searcher.close();
    }
}
