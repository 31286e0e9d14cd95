package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.boardpack.index.register.ActionSnapshot;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PackSearcher#actions}: every action record with its file and the meeting of the paper that printed it. */
class ActionSnapshotsTest {

    @TempDir
    static Path dir;
    static PackSearcher searcher;

    @BeforeAll
    static void index() throws Exception {
        searcher = TwoBodies.indexed(dir.resolve("index"));
    }

    @AfterAll
    static void close() throws Exception {
        searcher.close();
    }

    @Test
    void everyActionWithTheMeetingBodyDateFileAndPageOfItsPaper() throws Exception {
        List<ActionSnapshot> all = searcher.actions(null);
        assertEquals(2, all.size());
        ActionSnapshot blmk = all.stream().filter(s -> s.path().equals(TwoBodies.BLMK_PATH)).findFirst().orElseThrow();
        assertEquals(TwoBodies.BLMK_2020, blmk.meeting());
        assertEquals(TwoBodies.BLMK, blmk.body());
        assertEquals(LocalDate.of(2020, 11, 11), blmk.date());
        assertEquals(4, blmk.action().page());
        assertEquals("12", blmk.action().ref());
    }

    @Test
    void aBodyByNameOrSlugInAnyCase() throws Exception {
        assertEquals(List.of(TwoBodies.TRUST_PATH), paths("NORTHFIELD Carers' Trust Board of Trustees"));
        assertEquals(List.of(TwoBodies.BLMK_PATH), paths("blmk-partnership-board"));
        assertEquals(List.of(), paths("No Such Board"));
    }

    private static List<String> paths(String body) throws IndexException {
        return searcher.actions(body).stream().map(ActionSnapshot::path).toList();
    }
}
