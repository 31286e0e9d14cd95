package org.boardpack.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.boardpack.index.IndexedRecord;
import org.boardpack.index.PackSearcher;
import org.boardpack.index.PersonNames;
import org.boardpack.index.RecordSelection;
import org.boardpack.index.SearchFilters;
import org.junit.jupiter.api.Test;

/**
 * {@code people NAME} asks Lucene's name field for the records that may name the person before it
 * matches names itself: over the bundled corpus's index, every record of the person is among the
 * candidates, and the records of everyone else mostly are not loaded at all.
 */
class PeoplePrefilterTest {

    private final CorpusIndex corpus = CorpusIndex.get();

    @Test
    void theCandidatesHoldEveryRecordOfThePersonAndFewOthers() throws Exception {
        List<JsonNode> attendance = corpus.records("attendance");
        try (PackSearcher searcher = new PackSearcher(corpus.dir); PersonNames names = new PersonNames()) {
            for (String query : List.of("Castleton", "Nigel Castleton", "Dr Nigel Castleton", "Sowerby")) {
                List<IndexedRecord> candidates = searcher.recordsNaming(query, RecordSelection.all(SearchFilters.NONE));
                long attendanceCandidates = candidates.stream().filter(r -> r.type().equals("attendance")).count();
                long theirs = attendance.stream().filter(a -> names.matches(query,
                        (a.get("honorific").isNull() ? "" : a.get("honorific").asText() + " ") + a.get("name").asText())).count();
                assertTrue(theirs > 0, query);
                assertTrue(attendanceCandidates >= theirs, query + ": " + attendanceCandidates + " < " + theirs);
                assertTrue(attendanceCandidates * 10 < attendance.size(),
                        query + ": " + attendanceCandidates + " of " + attendance.size() + " attendance rows loaded");
                assertTrue(candidates.stream().allMatch(r -> r.type().equals("attendance") || r.type().equals("action")));
            }
        }
    }

    @Test
    void thePeopleFoundAreTheRecordsMatchedOverEveryRow() {
        // the precise check over all rows, as people ran before the pre-filter: the same people and rows
        JsonNode found = corpus.json("people", "Castleton", "--json");
        List<JsonNode> attendance = corpus.records("attendance").stream()
                .filter(a -> a.get("name").asText().contains("Castleton")).toList();
        int listed = 0;
        for (JsonNode p : found.get("people")) {
            listed += p.get("attendance").size();
        }
        assertEquals(attendance.size(), listed);
        assertEquals(5, found.get("people").size(), found.toString());
    }

    @Test
    void aFirstNamesOtherFormsAreCandidatesToo() throws Exception {
        try (PackSearcher searcher = new PackSearcher(corpus.dir)) {
            List<IndexedRecord> ted = searcher.recordsNaming("Ted Sowerby", RecordSelection.all(SearchFilters.NONE));
            assertTrue(ted.stream().anyMatch(r -> r.type().equals("attendance") && r.json().contains("\"Edward Sowerby\"")),
                    "Ted is Edward in the name field: " + ted);
        }
    }
}
