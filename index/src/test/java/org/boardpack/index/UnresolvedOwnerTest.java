package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.actions.Action;
import org.boardpack.model.actions.ActionSource;
import org.boardpack.model.actions.ActionStatus;
import org.boardpack.model.documents.DocumentSpan;
import org.boardpack.model.documents.DocumentType;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.pages.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An action log's owner that no attendance list resolves is still a name: found by {@code name:},
 * with accents folded, and among the records that may name a person.
 */
class UnresolvedOwnerTest {

    private static final String MEETING = "riverside-hospice-board-of-trustees/2022-05-12";

    @TempDir
    Path tmp;

    @Test
    void anUnresolvedOwnerIsFoundByNameWithoutItsAccent() throws Exception {
        try (PackIndexWriter w = new PackIndexWriter(tmp, "v1")) {
            w.replace(pack());
        }
        try (PackSearcher searcher = new PackSearcher(tmp)) {
            SearchFilters actions = new SearchFilters(Set.of("action"), null, DateRange.ANY);
            List<SearchHit> hits = searcher.search(new SearchRequest("name:zoe", actions, SearchOrder.RELEVANCE, 10, false),
                    "[", "]").hits();
            assertEquals(1, hits.size(), hits.toString());
            assertEquals(1, searcher.recordsNaming("Zoe Clarke", RecordSelection.all(actions)).size(),
                    "the people pre-filter finds the printed owner without its accent");
            assertEquals(0, searcher.recordsNaming("Zoe Hart", RecordSelection.all(actions)).stream()
                    .filter(r -> r.json().contains("Hart")).count());
        }
    }

    private static PackRecord pack() {
        List<Meeting> meetings = List.of(new Meeting(MEETING, "Riverside Hospice Board of Trustees", "2022-05-12", null, null));
        List<DocumentSpan> docs = List.of(new DocumentSpan(DocumentType.ACTION_LOG, "Action log", 1, 1, MEETING));
        List<Action> actions = List.of(new Action(ActionSource.ACTION_LOG, MEETING, "A1", null,
                "Review the volunteer expenses policy", "Zoë Clarke", null, "2022-05-12", "2022-07",
                ActionStatus.OPEN, "Open", List.of(), 1));
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo("/packs/riverside-2022-05-12.pdf", "b".repeat(64), 1, "pdf"),
                docs, meetings, null, List.of(), List.of(), actions, null,
                List.of(new PageText(1, "Action log\nA1 Review the volunteer expenses policy Zoë Clarke Open")));
    }
}
