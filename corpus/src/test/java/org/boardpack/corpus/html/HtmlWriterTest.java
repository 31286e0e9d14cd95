package org.boardpack.corpus.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.boardpack.corpus.html.Anchor.Target;
import org.boardpack.model.PackRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

class HtmlWriterTest {

    static Stream<PackSource> packs() {
        return Stream.of(HtmlPacks.nhs(101), HtmlPacks.nhs(105), HtmlPacks.council(202), HtmlPacks.council(207),
                HtmlPacks.charity(301), HtmlPacks.charity(302));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    /** Well-formed, and every anchor's text is printed, in the anchors' order (the tables' chain apart). */
    private static void assertAnchorsInOrder(PackSource pack, String text) {
        String key = PdfPageTexts.key(text);
        for (boolean tables : new boolean[] {false, true}) {
            int from = 0;
            for (Anchor a : pack.anchors()) {
                if (a.ofTable() != tables) {
                    continue;
                }
                int at = key.indexOf(PdfPageTexts.key(a.text()), from);
                assertTrue(at >= 0, pack.name() + ": " + a.label() + " not printed after the previous anchor");
                from = at;
            }
        }
    }

    @ParameterizedTest
    @MethodSource("packs")
    void htmlIsWellFormedAndPrintsEveryAnchor(PackSource pack) throws Exception {
        String html = HtmlWriter.write(pack.document());
        Document dom = parse(html);
        assertEquals("html", dom.getDocumentElement().getTagName());
        assertTrue(html.contains("size: A4 landscape"), "landscape pages");
        assertAnchorsInOrder(pack, dom.getElementsByTagName("body").item(0).getTextContent());
    }

    @ParameterizedTest
    @MethodSource("packs")
    void fodtIsWellFormedAndPrintsEveryAnchor(PackSource pack) throws Exception {
        Document dom = parse(FodtWriter.write(pack.document()));
        assertAnchorsInOrder(pack, dom.getElementsByTagNameNS(
                "urn:oasis:names:tc:opendocument:xmlns:office:1.0", "text").item(0).getTextContent());
    }

    /** Each answer has exactly one anchor, and the anchor carries the answer's own words. */
    @ParameterizedTest
    @MethodSource("packs")
    void everyAnswerHasOneAnchorWithItsWords(PackSource pack) {
        PackRecord r = pack.answers();
        int[] sizes = {r.documents().size(), r.agendaItems().size(), r.attendance().size(), r.decisions().size(),
                r.actions().size(), r.tables().size(), r.tables().size()};
        for (Target t : Target.values()) {
            List<Integer> indexes = pack.anchors().stream().filter(a -> a.target() == t).map(Anchor::index)
                    .sorted().toList();
            assertEquals(java.util.stream.IntStream.range(0, sizes[t.ordinal()]).boxed().toList(), indexes,
                    pack.name() + " " + t);
        }
        for (Anchor a : pack.anchors()) {
            String words = switch (a.target()) {
                case ATTENDANCE -> r.attendance().get(a.index()).name();
                case DECISION -> Texts.opening(r.decisions().get(a.index()).text(), 4);
                case AGENDA_ITEM -> Texts.opening(r.agendaItems().get(a.index()).title(), 4);
                // charity minutes give actions no reference: their words are the description's
                case ACTION -> r.actions().get(a.index()).ref() != null ? r.actions().get(a.index()).ref()
                        : Texts.opening(r.actions().get(a.index()).description(), 4);
                // a table's first row (header, or first entry) and the end of its last
                case TABLE -> String.join(" ", r.tables().get(a.index()).rows().get(0));
                case TABLE_END -> null;
                case DOCUMENT -> null;
            };
            if (words != null) {
                assertTrue(PdfPageTexts.key(a.text()).contains(PdfPageTexts.key(words)), a.label() + " vs " + words);
            }
        }
        // council packs answer no actions; everything else is there
        assertTrue(Arrays.stream(sizes, 0, 4).allMatch(n -> n > 0), pack.name());
        assertTrue(r.tables().size() > 0, pack.name());
    }
}
