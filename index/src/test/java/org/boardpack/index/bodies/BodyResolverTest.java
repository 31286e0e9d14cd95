package org.boardpack.index.bodies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class BodyResolverTest {

    private static final Path ROOT = Path.of("/papers");
    private final BodyResolver inferred = new BodyResolver(List.of(), ROOT);

    private static BodySighting seen(String printed, String file) {
        return new BodySighting(printed, ROOT.resolve(file));
    }

    /** A printing in a file that lists actions (their signatures: reference and wording). */
    private static BodySighting seen(String printed, String file, String... actions) {
        Set<String> signatures = new java.util.HashSet<>();
        for (int i = 0; i + 1 < actions.length; i += 2) {
            signatures.add(ActionSignature.of(actions[i], actions[i + 1]));
        }
        return new BodySighting(printed, ROOT.resolve(file), signatures);
    }

    private static Set<Set<String>> groups(List<Body> bodies) {
        return bodies.stream().map(b -> b.aliases().stream().map(Body.Alias::name).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    @Test
    void aCommitteesShortNameAndItsFormalNameInOneFolderAreOneBody() {
        List<Body> bodies = inferred.resolve(List.of(
                seen("Amenities, Leisure & Community Services Committee", "town/2016-03.pdf"),
                seen("Amenities, Leisure and Community Services", "town/2016-05.pdf"),
                seen("Amenities Committee", "town/2017-01.pdf"),
                seen("Royal Sutton Coldfield Town Council", "town/2017-02.pdf")));
        assertEquals(Set.of(
                Set.of("Amenities, Leisure & Community Services Committee", "Amenities, Leisure and Community Services",
                        "Amenities Committee"),
                Set.of("Royal Sutton Coldfield Town Council")), groups(bodies));
    }

    @Test
    void anAcronymAndItsExpansionAreOneBody() {
        List<Body> bodies = inferred.resolve(List.of(
                seen("Partnership Board for Bedfordshire, Luton and Milton Keynes", "blmk/agenda.pdf"),
                seen("BLMK Partnership Board", "blmk/minutes.pdf"),
                seen("TWG", "hw/record-1.pdf"),
                seen("Technical Working Group", "hw/record-2.pdf")));
        assertEquals(2, bodies.size());
        Body blmk = bodies.stream().filter(b -> b.answersTo("BLMK Partnership Board")).findFirst().orElseThrow();
        assertTrue(blmk.answersTo("Partnership Board for Bedfordshire, Luton and Milton Keynes"));
    }

    @Test
    void namesThatOnlyShareWordsAreOtherBodies() {
        List<Body> bodies = inferred.resolve(List.of(
                seen("Planning Committee", "council/a.pdf"),
                seen("Strategic Planning Committee", "council/b.pdf"),
                seen("Cabinet", "council/c.pdf"),
                seen("Cabinet Committee - Group Company Governance", "council/d.pdf")));
        assertEquals(4, bodies.size());
    }

    @Test
    void aShortNameIsResolvedOnlyAmongPapersOfOneFolder() {
        List<Body> bodies = inferred.resolve(List.of(
                seen("Amenities Committee", "one-town/a.pdf"),
                seen("Amenities, Leisure & Community Services Committee", "another-town/b.pdf")));
        assertEquals(2, bodies.size());
    }

    @Test
    void namesInDifferentFoldersAreOneBodyWhenTheirPapersListOneActionInTheSameWords() {
        String flu = "Report flu vaccination uptake to the Board";
        List<Body> bodies = inferred.resolve(List.of(
                seen("BLMK Partnership Board", "minutes/2020-11-11.pdf", "Action 12", flu),
                seen("Partnership Board for Bedfordshire, Luton and Milton Keynes", "agendas/2021-01-13.pdf", "12", flu),
                seen("Amenities Committee", "one-town/a.pdf", "4", "Obtain three quotes for the play area"),
                seen("Amenities, Leisure & Community Services Committee", "another-town/b.pdf", "4",
                        "Obtain quotes for the play area and report back")));
        assertEquals(Set.of(Set.of("BLMK Partnership Board", "Partnership Board for Bedfordshire, Luton and Milton Keynes"),
                Set.of("Amenities Committee"), Set.of("Amenities, Leisure & Community Services Committee")),
                groups(bodies), "the same reference in other words is no evidence");
    }

    @Test
    void aSharedActionDoesNotJoinNamesThatCannotBeOneBodys() {
        String budget = "Circulate the revised budget to all members";
        List<Body> bodies = inferred.resolve(List.of(
                seen("Planning Committee", "council/a.pdf", "7", budget),
                seen("Strategic Planning Committee", "county/b.pdf", "7", budget)));
        assertEquals(2, bodies.size());
    }

    @Test
    void theActionsAreReadOnlyWhenTwoNamesThatCanBeOneBodysShareNoFolder() {
        List<BodySighting> oneFolder = List.of(seen("BLMK Partnership Board", "blmk/m.pdf"),
                seen("Partnership Board for Bedfordshire, Luton and Milton Keynes", "blmk/a.pdf"),
                seen("Northfield Trust Board", "trust/t.pdf"));
        assertEquals(2, inferred.resolve(oneFolder, () -> {
            throw new AssertionError("no pair needed the actions");
        }).size());
        int[] reads = new int[1];
        List<Body> apart = inferred.resolve(List.of(seen("BLMK Partnership Board", "minutes/m.pdf"),
                seen("Partnership Board for Bedfordshire, Luton and Milton Keynes", "agendas/a.pdf")), () -> {
                    reads[0]++;
                    return (printed, file) -> Set.of(ActionSignature.of("12", "Report flu vaccination uptake to the Board"));
                });
        assertEquals(1, apart.size(), "joined by the actions read");
        assertEquals(1, reads[0], "read once");
    }

    @Test
    void aShortWordingIsNoSignature() {
        assertEquals(null, ActionSignature.of("12", "Noted"));
        assertEquals(null, ActionSignature.of(null, "Report flu vaccination uptake to the Board"));
        assertEquals(ActionSignature.of("Action 12", "Report flu vaccination uptake, to the Board."),
                ActionSignature.of("012", "report  flu vaccination uptake to the board"));
    }

    @Test
    void thePapersWordsAroundANameAreNotTheBodys() {
        List<Body> bodies = inferred.resolve(List.of(
                seen("Minutes of the Finance Committee Meeting", "a/1.pdf"),
                seen("Finance Committee", "b/2.pdf"),
                seen("The Finance Committee", "c/3.pdf")));
        assertEquals(1, bodies.size());
        assertEquals("finance-committee", bodies.getFirst().id());
    }

    @Test
    void theDisplayNameIsTheOneMostFilesPrint() {
        List<Body> bodies = inferred.resolve(List.of(
                seen("BLMK Partnership Board", "blmk/m1.pdf"),
                seen("BLMK Partnership Board", "blmk/m2.pdf"),
                seen("Partnership Board for Bedfordshire, Luton and Milton Keynes", "blmk/agenda.pdf")));
        assertEquals("BLMK Partnership Board", bodies.getFirst().name());
        assertEquals(List.of(ROOT.resolve("blmk/m1.pdf"), ROOT.resolve("blmk/m2.pdf")),
                bodies.getFirst().aliases().getFirst().files());
    }

    @Test
    void aDeclaredBodyWinsOverWhatItsFilesPrint() {
        BodyResolver resolver = new BodyResolver(List.of(
                new BodyDeclaration("Mid Vale Parish Council", List.of("MVPC"), "parish-council", List.of("midvale/**")),
                new BodyDeclaration("Hill Parish Council", List.of(), "parish-council", List.of("hill/**"))), ROOT);
        List<Body> bodies = resolver.resolve(List.of(
                seen("Meeting held on", "midvale/2019/minutes.pdf"),
                seen("Parish Council", "midvale/2020/minutes.pdf"),
                seen("Parish Council", "hill/minutes.pdf"),
                seen("MVPC", "elsewhere/letter.pdf")));
        assertEquals(2, bodies.size());
        Body midvale = bodies.stream().filter(b -> b.id().equals("mid-vale-parish-council")).findFirst().orElseThrow();
        assertTrue(midvale.declared());
        assertEquals("parish-council", midvale.kind());
        assertTrue(midvale.answersTo("MVPC"));
        Body hill = bodies.stream().filter(b -> b.id().equals("hill-parish-council")).findFirst().orElseThrow();
        assertEquals(List.of(ROOT.resolve("hill/minutes.pdf")), hill.aliases().getFirst().files());
        assertFalse(hill.answersTo("MVPC"));
    }

    @Test
    void aDeclaredBodyNoPaperPrintsIsStillListed() {
        BodyResolver resolver = new BodyResolver(List.of(BodyDeclaration.forAllFiles("Quiet Board")), ROOT);
        assertEquals(List.of("Quiet Board"), resolver.resolve(List.of()).stream().map(Body::name).toList());
    }
}
