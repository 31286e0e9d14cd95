package org.boardpack.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.boardpack.extract.PackExtractor;
import org.boardpack.ingest.FileIngester;
import org.boardpack.ingest.IngestException;
import org.boardpack.model.PackRecord;
import org.boardpack.model.agenda.AgendaItem;
import org.boardpack.model.decisions.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agenda numbering variations of parish minutes: their answers follow the annotation guide
 * (numbers as printed, a list nested in an item no items, lettered titles and labelled sub-numbers
 * sub-items, a decision under the sub-item it sits in), and the extractor reads them so.
 */
class AgendaVariationsTest {

    @TempDir
    Path tmp;

    /** The first parish seed whose pack, drawn with {@code v} alone, answers what {@code shows} asks. */
    private static RenderedPack first(Variation v, Predicate<RenderedPack> shows) {
        for (long seed = 1; seed <= 40; seed++) {
            RenderedPack pack = HouseStyle.PARISH.render(seed, new Variations(Set.of(v)));
            if (shows.test(pack)) {
                return pack;
            }
        }
        throw new AssertionError(v + " shown by none of 40 parish seeds");
    }

    private static List<String> items(PackRecord r) {
        return r.agendaItems().stream().map(a -> a.meeting() + " " + a.number() + " | " + a.title()).toList();
    }

    private PackRecord extracted(RenderedPack pack) throws IOException, IngestException {
        Path pdf = tmp.resolve(pack.name() + ".pdf");
        Files.write(pdf, pack.pdf());
        return new PackExtractor().extract(new FileIngester().ingest(pdf), pdf.getFileName().toString());
    }

    private static String text(RenderedPack pack) throws IOException {
        return String.join(" ", PdfPages.texts(pack.pdf())).replaceAll("\\s+", " ");
    }

    @Test
    void aListNumberedOfItsOwnInsideAnItemAddsNoItems() throws IOException, IngestException {
        RenderedPack pack = first(Variation.NUMBERED_LIST_IN_ITEM, p -> true);
        assertTrue(text(pack).contains("1. A resident"), "the list is printed");
        // the same seed drawn plain answers the same items: the list's 1, 2, 3 are none
        assertEquals(items(HouseStyle.PARISH.render(1).answers()), items(pack.answers()));
        assertEquals(items(pack.answers()), items(extracted(pack)));
    }

    @Test
    void anItemNumberALittleOutOfItsColumnIsStillTheNextItem() throws IOException, IngestException {
        RenderedPack pack = first(Variation.ITEM_OUT_OF_COLUMN, p -> true);
        RenderedPack plain = HouseStyle.PARISH.render(1);
        assertFalse(Arrays.equals(plain.pdf(), pack.pdf()), "a heading moved");
        assertEquals(text(plain), text(pack), "only where it is printed changed");
        assertEquals(items(plain.answers()), items(pack.answers()));
        assertEquals(items(pack.answers()), items(extracted(pack)));
    }

    @Test
    void shortLetteredTitlesUnderAHeadingAreItsSubItems() throws IOException, IngestException {
        RenderedPack pack = first(Variation.LETTERED_TITLES_UNDER_HEADING, p -> true);
        List<AgendaItem> answered = pack.answers().agendaItems();
        AgendaItem vice = answered.stream().filter(a -> a.title().startsWith("Vice-")).findFirst().orElseThrow();
        AgendaItem heading = answered.get(answered.indexOf(vice) - 2);
        assertEquals(heading.number() + "(b)", vice.number());
        assertEquals(heading.number() + "(a)", answered.get(answered.indexOf(vice) - 1).number());
        assertTrue(heading.title().startsWith("ELECTION") && !heading.title().endsWith(":"), heading.title());
        assertEquals(items(pack.answers()), items(extracted(pack)));
    }

    @Test
    void aHeadingsOwnColonIntroducesItsLetteredSubItems() throws IOException, IngestException {
        RenderedPack pack = first(Variation.LETTERED_TITLES_UNDER_HEADING, p -> {
            try {
                return text(p).matches(".*ELECTION(S| OF OFFICERS): a\\) Chair.*");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(items(pack.answers()), items(extracted(pack)));
    }

    @Test
    void subNumbersAllOpeningWithALabelAreSubItemsAndKeepTheirDecisions() throws IOException, IngestException {
        RenderedPack pack = first(Variation.LABELLED_SUB_NUMBERS,
                p -> p.answers().decisions().stream().anyMatch(d -> d.item().contains(".")));
        String printed = text(pack);
        List<AgendaItem> subs = pack.answers().agendaItems().stream().filter(a -> a.number().contains(".")).toList();
        assertTrue(subs.size() >= 3, subs.toString());
        for (AgendaItem a : subs) {
            assertTrue(printed.contains(a.number() + " " + a.title() + ": "), a.number() + " " + a.title());
        }
        Decision play = pack.answers().decisions().stream().filter(d -> d.item().contains(".")).findFirst().orElseThrow();
        assertTrue(subs.stream().anyMatch(a -> a.number().equals(play.item()) && a.title().equals("Play Area")));
        PackRecord got = extracted(pack);
        assertEquals(items(pack.answers()), items(got));
        assertEquals(play.item(), play.minuteRef(), "the sub-number printed before it");
        assertTrue(got.decisions().stream().anyMatch(d -> d.item().equals(play.item()) && d.text().equals(play.text())
                && play.minuteRef().equals(d.minuteRef())), got.decisions().toString());
    }
}
