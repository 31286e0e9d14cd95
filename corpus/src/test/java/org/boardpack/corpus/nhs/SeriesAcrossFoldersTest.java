package org.boardpack.corpus.nhs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.boardpack.app.register.ActionRegister;
import org.boardpack.app.register.HistoryEntry;
import org.boardpack.app.register.LinkedAction;
import org.boardpack.corpus.RenderedPack;
import org.boardpack.index.PackIndexWriter;
import org.boardpack.index.PackSearcher;
import org.boardpack.model.BoardpackCodec;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.meetings.Meeting;
import org.boardpack.model.names.BodySlug;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated monthly series of one board, each month's pack in its own folder, every other month's
 * pack printing the board's formal name throughout (agenda, minutes and log) and the others its
 * short name: no folder holds both names, so only the actions each month's log carries over from
 * the last (the same reference in the same words) tell that the two names are one board. Through
 * the index: one body, and the register links every action's rows across the two names as the
 * series' own record of its actions says, and no others.
 */
class SeriesAcrossFoldersTest {

    private static final int MONTHS = 7;

    @TempDir
    Path tmp;

    @Test
    void theLogsCarriedActionsMakeTheTwoNamesOneBoardAndItsActionsLinkAcrossThem() throws Exception {
        NhsSeries.Series series = NhsSeries.render(11L, MONTHS);
        String formal = bodies(series).stream().filter(b -> b.startsWith("Partnership Board for")).findFirst().orElseThrow();
        String shortName = bodies(series).stream().filter(b -> !b.equals(formal)).findFirst().orElseThrow();
        BoardpackCodec codec = new BoardpackCodec();
        Path index = tmp.resolve("index");
        Map<String, Set<String>> namesByFolder = new HashMap<>();
        try (PackIndexWriter w = new PackIndexWriter(index, "test")) {
            for (int month = 0; month < MONTHS; month++) {
                PackRecord answers = series.packs().get(month).answers();
                String json = codec.mapper().writeValueAsString(answers);
                if (month % 2 == 0) {
                    json = json.replace(shortName, formal).replace(BodySlug.of(shortName) + "/", BodySlug.of(formal) + "/");
                }
                PackRecord p = codec.pack(json);
                Path folder = tmp.resolve("packs").resolve("month-" + month);
                SourceInfo s = p.source();
                PackRecord placed = new PackRecord(p.schema(), new SourceInfo(folder.resolve(s.path()).toString(),
                        s.sha256(), s.pages(), s.format(), s.producer()), p.documents(), p.meetings(), p.agendaItems(),
                        p.attendance(), p.decisions(), p.actions(), p.tables(), p.pages());
                w.replace(placed);
                placed.meetings().forEach(m -> namesByFolder.computeIfAbsent(folder.toString(), k -> new HashSet<>()).add(m.body()));
            }
        }
        assertTrue(namesByFolder.values().stream().allMatch(n -> n.size() == 1), "no folder prints both names: " + namesByFolder);

        try (PackSearcher searcher = new PackSearcher(index)) {
            assertEquals(1, searcher.bodies().bodies().size(), searcher.bodies().names().toString());
            List<LinkedAction> linked = ActionRegister.asOf(LocalDate.of(2030, 1, 1)).linked(searcher, null);
            Map<String, Integer> truth = new HashMap<>();
            for (NhsSeries.Sighting s : series.sightings()) {
                truth.put(s.pack() + ".pdf|" + s.source().name() + "|" + s.ref(), s.action());
            }
            Map<Integer, Set<String>> linkedOfAction = new HashMap<>();
            for (LinkedAction a : linked) {
                Set<Integer> actions = new HashSet<>();
                for (HistoryEntry h : a.history()) {
                    Integer action = truth.get(Path.of(h.path()).getFileName() + "|" + h.source().name() + "|" + h.ref());
                    actions.add(action);
                    linkedOfAction.computeIfAbsent(action, k -> new HashSet<>()).add(a.id());
                }
                assertEquals(1, actions.size(), "one linked action holds one action's rows: " + a.id());
            }
            linkedOfAction.forEach((action, ids) -> assertEquals(1, ids.size(), "action " + action + " is split: " + ids));
            assertEquals(new HashSet<>(truth.values()), linkedOfAction.keySet(), "every action of the series is linked");
        }
    }

    private static Set<String> bodies(NhsSeries.Series series) {
        Set<String> out = new HashSet<>();
        for (RenderedPack p : series.packs()) {
            p.answers().meetings().stream().map(Meeting::body).forEach(out::add);
        }
        return out;
    }
}
