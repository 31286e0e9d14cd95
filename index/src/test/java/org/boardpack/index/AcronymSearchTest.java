package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.boardpack.model.PackRecord;
import org.boardpack.model.SourceInfo;
import org.boardpack.model.pages.PageText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acronyms and their expansions are one term at query time, from the glossary and from the
 * definitions the indexed papers print; a file's definitions go with the file. Page texts are
 * sentences from real packs (shared/seeds).
 */
class AcronymSearchTest {

    @TempDir
    Path tmp;

    private static PackRecord pack(String path, char hash, String... pages) {
        List<PageText> texts = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            texts.add(new PageText(i + 1, pages[i]));
        }
        return new PackRecord(PackRecord.SCHEMA, new SourceInfo(path, String.valueOf(hash).repeat(64), pages.length, "pdf"),
                List.of(), List.of(), null, List.of(), List.of(), List.of(), null, texts);
    }

    /** Defines ELFT and CAMHS on page 1; page 2 uses ELFT alone. */
    private static PackRecord defining() {
        return pack("/packs/blmk.pdf", 'a',
                "Bedfordshire and Luton’s Child and Adolescent Mental Health Services (CAMHS) are provided by the "
                        + "East London Foundation Trust (ELFT)",
                "Paul Calaminus (ELFT, CEO) presented the inpatient services update");
    }

    /** The same paper printed without its definitions. */
    private static PackRecord notDefining() {
        return pack("/packs/blmk.pdf", 'c', "Paul Calaminus presented the inpatient services update");
    }

    private static PackRecord other() {
        return pack("/packs/other.pdf", 'b',
                "East London Foundation Trust aims to develop new, state-of-the-art inpatient services",
                "The benefits of merging the CCGs will be tracked and regularly reported to the Partnership Board",
                "the offer to primary care network representatives to meet with the Chair",
                "Four hour performance in A&E has deteriorated; the Q&A session followed",
                "Proactive Care and MDT (Community Nurses) for each Primary Care Network");
    }

    private static Set<String> pages(PackSearcher s, String q) throws Exception {
        return s.search(SearchRequest.of(q, 50), "[", "]").hits().stream()
                .map(SearchHit::location).collect(Collectors.toSet());
    }

    private PackSearcher indexed(PackRecord... packs) throws Exception {
        try (PackIndexWriter w = new PackIndexWriter(tmp.resolve("idx"), "v1")) {
            for (PackRecord p : packs) {
                w.replace(p);
            }
        }
        return new PackSearcher(tmp.resolve("idx"));
    }

    @Test
    void aGlossaryAcronymFindsItsExpansionAndTheOtherWayRound() throws Exception {
        try (PackSearcher s = indexed(defining(), other())) {
            assertEquals(Set.of("/packs/other.pdf:3", "/packs/other.pdf:5"), pages(s, "PCN"),
                    "pages that only spell out primary care network");
            assertEquals(pages(s, "PCN"), pages(s, "pcn"), "a glossary acronym in lower case");
            for (String q : List.of("\"clinical commissioning group\"", "clinical commissioning groups",
                    "text:\"Clinical Commissioning Group\"")) {
                assertEquals(Set.of("/packs/other.pdf:2"), pages(s, q), q + ": the page says only CCGs");
            }
            assertEquals(Set.of("/packs/other.pdf:2"), pages(s, "CCG merging"), "with another word, still AND");
            assertEquals(Set.of(), pages(s, "CCG NOT merging"), "NOT still applies");
            assertEquals(Set.of("/packs/other.pdf:4"), pages(s, "\"accident and emergency\""));
            assertEquals(Set.of("/packs/other.pdf:4"), pages(s, "A&E"),
                    "A&E is one term, not the initial E of every name");
        }
    }

    @Test
    void anAcronymAPaperDefinesFindsItsExpansionInOtherPapers() throws Exception {
        try (PackSearcher s = indexed(defining(), other())) {
            assertTrue(s.acronyms().entry("ELFT").isPresent());
            assertTrue(pages(s, "ELFT").contains("/packs/other.pdf:1"), "the other pack only spells it out");
            assertTrue(pages(s, "\"East London Foundation Trust\"").contains("/packs/blmk.pdf:2"),
                    "page 2 of the defining pack writes only ELFT");
            assertFalse(pages(s, "elft").contains("/packs/other.pdf:1"),
                    "a paper's own acronym is expanded only when written in capitals");
            assertEquals(List.of("multidisciplinary team"), s.acronyms().entry("MDT").orElseThrow().expansions(),
                    "the glossary's only: MDT (Community Nurses) defines nothing");
        }
    }

    @Test
    void aFilesDefinitionsGoWithTheFile() throws Exception {
        indexed(defining(), other()).close();
        try (PackSearcher s = indexed(notDefining())) {
            assertFalse(s.acronyms().entry("ELFT").isPresent(), "re-ingested without its definitions");
            assertEquals(Set.of(), pages(s, "ELFT"));
        }
        try (PackIndexWriter w = new PackIndexWriter(tmp.resolve("idx"), "v1")) {
            w.replace(defining());
            w.remove(List.of("/packs/blmk.pdf"));
        }
        try (PackSearcher s = new PackSearcher(tmp.resolve("idx"))) {
            assertFalse(s.acronyms().entry("ELFT").isPresent(), "pruned with its file");
        }
    }

    @Test
    void theResultSaysWhatWasAlsoSearched() throws Exception {
        try (PackSearcher s = indexed(defining(), other())) {
            SearchResult r = s.search(SearchRequest.of("CCG", 5), "[", "]");
            assertEquals(Map.of("CCG", List.of("clinical commissioning group")), r.expanded());
            assertTrue(r.hits().get(0).snippet().contains("[CCGs]"), r.hits().get(0).snippet());
            assertEquals(Map.of(), r.hits().get(0).expanded(), "found by CCG itself");
            SearchHit spelt = s.search(SearchRequest.of("PCN", 5), "[", "]").hits().get(0);
            assertEquals(Map.of("PCN", List.of("primary care network")), spelt.expanded(), "found by the expansion");
            assertTrue(spelt.snippet().contains("[primary care network]"), spelt.snippet());
            r = s.search(SearchRequest.of("\"east london foundation trust\" inpatient", 5), "[", "]");
            assertEquals(Map.of("ELFT", List.of("East London Foundation Trust")), r.expanded());
            SearchHit blmk = r.hits().stream().filter(h -> h.location().equals("/packs/blmk.pdf:2")).findFirst().orElseThrow();
            assertTrue(blmk.snippet().contains("[ELFT]"), blmk.snippet());
            assertEquals(Map.of(), s.search(SearchRequest.of("inpatient services", 5), "[", "]").expanded());
        }
    }

    @Test
    void aQuotedPhraseMatchesItsAcronymOrExpansionInPlace() throws Exception {
        PackRecord bothWordings = pack("/packs/phrases.pdf", 'd',
                "The CCG governing body approved the commissioning intentions for 2021/22",
                "Members of the Clinical Commissioning Group governing body attended the seminar",
                "The CCG said the governing body of the trust would consider it",
                "Minutes of the governing body of the clinical commissioning group");
        try (PackSearcher s = indexed(bothWordings)) {
            Set<String> both = Set.of("/packs/phrases.pdf:1", "/packs/phrases.pdf:2");
            assertEquals(both, pages(s, "\"CCG governing body\""), "the acronym spelt out in place");
            assertEquals(both, pages(s, "\"clinical commissioning group governing body\""),
                    "the expansion written as the acronym in place; words apart or in another order do not match");
            assertEquals(Set.of("/packs/phrases.pdf:1"), pages(s, "\"clinical commissioning group governing body\" NOT seminar"),
                    "the alternatives are one clause: NOT still applies");
            SearchResult r = s.search(SearchRequest.of("\"clinical commissioning group governing body\"", 5), "[", "]");
            assertEquals(Map.of("CCG", List.of("clinical commissioning group")), r.expanded());
            SearchHit abbreviated = r.hits().stream().filter(h -> h.location().equals("/packs/phrases.pdf:1"))
                    .findFirst().orElseThrow();
            assertTrue(abbreviated.snippet().contains("[CCG governing body]"), abbreviated.snippet());
            assertEquals(Map.of("CCG", List.of("clinical commissioning group")), abbreviated.expanded());
            SearchHit spelt = s.search(SearchRequest.of("\"CCG governing body\"", 5), "[", "]").hits().stream()
                    .filter(h -> h.location().equals("/packs/phrases.pdf:2")).findFirst().orElseThrow();
            assertTrue(spelt.snippet().contains("[Clinical Commissioning Group governing body]"), spelt.snippet());
        }
    }
}
