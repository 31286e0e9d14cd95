package org.boardpack.corpus;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.boardpack.model.PackRecord;
import org.boardpack.model.actions.Action;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.boardpack.model.decisions.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seeded variations of the house styles: each is drawn for some seed, prints what it says
 * (its wording is in the PDF's text), and its answers are on their pages; the plain styles are
 * untouched by them.
 */
class VariationsTest {

    /** What each variation prints, on the whitespace-free text of the pack. */
    private static final Map<Variation, Pattern> PRINTS = Map.ofEntries(
            Map.entry(Variation.TITLE_WORDS_AFTER_MINUTES, Pattern.compile("Minutes–PartIPublicSession")),
            Map.entry(Variation.TITLE_SENTENCE_BODY_TYPE, Pattern.compile("^MINUTESofameetingof")),
            Map.entry(Variation.DATE_WRAPPED, Pattern.compile("heldin.*on(Monday|Tuesday|Wednesday|Thursday|Friday),")),
            Map.entry(Variation.TIME_DOTTED_SPAN, Pattern.compile("Time:?\\d{2}\\.\\d{2}–\\d{2}\\.\\d{2}")),
            Map.entry(Variation.PRESENT_SEMICOLONS, Pattern.compile("Present;Cllr[^;]+;Cllr")),
            Map.entry(Variation.ALSO_PRESENT, Pattern.compile("Alsopresent:[^,]+,")),
            Map.entry(Variation.APOLOGIES_IN_SENTENCE,
                    Pattern.compile("hadgiventheirapologies|Apologiesforabsencewerereceivedfrom")),
            Map.entry(Variation.PROPOSED_SECONDED_AGREED, Pattern.compile("ProposedCllr[^,]+,secondedCllr[^.]+andagreedthat")),
            Map.entry(Variation.STANDALONE_AGREED, Pattern.compile("Itwasproposedthat[^;]+\\.AGREED\\.")),
            Map.entry(Variation.ACTION_TEXT_OWNER, Pattern.compile("Action:[^()]+\\([A-Za-z/-]+\\)")),
            Map.entry(Variation.HEADER_NOT_REPEATED, Pattern.compile("RefDateItemActionResponsible")),
            Map.entry(Variation.DECISION_COLUMN_OUTCOMES, Pattern.compile("ApplicantPurposeAmountDecision")),
            Map.entry(Variation.RECORDED_VOTE, Pattern.compile("For\\d,Against\\d,Abstentions\\d")),
            Map.entry(Variation.IN_AGREEMENT_AND_PASSIVES,
                    Pattern.compile("Memberswereinagreementthat|(was|were)(approved|adopted|agreed|accepted|endorsed)")),
            Map.entry(Variation.ACTION_DECISION_COLUMN, Pattern.compile("MinuteAction/Decision")),
            Map.entry(Variation.ACTION_CLOSING_LINE, Pattern.compile("ACTION:[A-Z][A-Za-z/-]*")),
            Map.entry(Variation.CARRIED_OVER_ACTION, Pattern.compile("Outstandingactionfrom\\d{1,2}[A-Z][a-z]+\\d{4}:[^()]+\\([A-Z]")),
            // the margin shows as the column heads it leaves out
            Map.entry(Variation.MARGIN_ACTION_COLUMN, Pattern.compile("No\\.MinuteAction")),
            Map.entry(Variation.LOG_OWNER_IN_TEXT, Pattern.compile("RefDateItemActionDeadlineStatusComments")),
            Map.entry(Variation.LOG_DEADLINE_WORDS, Pattern.compile("(Ongoing|Nextmeeting)(Open|Closing|Closed)")),
            // a section heading right over a row: no header row between
            Map.entry(Variation.LOG_SECTIONS_NO_HEADER, Pattern.compile("Openactions\\d{1,3}\\d{2}-[A-Z][a-z]{2}-\\d{2}")),
            Map.entry(Variation.ACTION_COLUMN_THEN_DUE, Pattern.compile("Action(/Decision)?Bywhen")),
            Map.entry(Variation.GROUP_HONORIFIC, Pattern.compile("(?:Councillors|Cllrs)\\p{Lu}[^:]*and\\p{Lu}")),
            // an officer's dash-attached role printed before the label: the label stands beside a later entry
            Map.entry(Variation.LABEL_BESIDE_LIST, Pattern.compile("–[^:]{3,80}OfficersinAttendance:")),
            Map.entry(Variation.APOLOGIES_FOR_PRESENT, Pattern.compile("hadgiven(?:his|her)apologies")),
            Map.entry(Variation.APOLOGIES_BARE_NAMES, Pattern.compile("APOLOGIESFORABSENCE(?:Cllr[\\p{L}'’-]+)+\\d+\\.")),
            Map.entry(Variation.ACCOUNTS_STATEMENT, Pattern.compile("ReserveMovements")),
            // the agenda's summons and the minutes' attendance list on one page
            Map.entry(Variation.PAPER_MID_PAGE, Pattern.compile("herebysummoned.*(?:PRESENT|Present;)")),
            Map.entry(Variation.NUMBERED_LIST_IN_ITEM, Pattern.compile("(?:matters:|speakers\\.)1\\.Aresident")),
            // the shift is not in the text: the variation shows where the pack differs (checked apart)
            Map.entry(Variation.ITEM_OUT_OF_COLUMN, Pattern.compile("DATEOFNEXTMEETING")),
            Map.entry(Variation.LETTERED_TITLES_UNDER_HEADING, Pattern.compile("ELECTION(?:OFOFFICERS|S):?a\\)Chair")),
            Map.entry(Variation.LABELLED_SUB_NUMBERS, Pattern.compile("REPORTS\\d+\\.1[A-Z][A-Za-z]*:")),
            Map.entry(Variation.NON_TABLE_COLUMNS, Pattern.compile("Wardsaffected:?.*Keydecision:?(Yes|No)")),
            Map.entry(Variation.ATTENDANCE_NOTES, Pattern.compile("Cllr[\\p{L}'’-]+nothere")),
            // a page opening with the agenda's last items, no summons, and the minutes' attendance list under them
            Map.entry(Variation.PAPER_UNDER_TAIL, Pattern.compile("^(?!.*herebysummoned)\\D{0,12}\\d+\\..*(?:PRESENT|Present;)")));

    static Stream<HouseStyle> styles() {
        return Arrays.stream(HouseStyle.values());
    }

    @Test
    void everyVariationSaysWhatItPrints() {
        assertEquals(EnumSet.allOf(Variation.class), PRINTS.keySet());
    }

    @ParameterizedTest
    @EnumSource(Variation.class)
    void eachVariationIsDrawnForSomeSeedOfEachStyleItAppliesTo(Variation v) {
        boolean any = false;
        for (HouseStyle style : HouseStyle.values()) {
            boolean drawn = false;
            for (long seed = 1; seed <= 50 && !drawn; seed++) {
                drawn = Variations.draw(style, seed).has(v);
            }
            assertEquals(v.appliesTo(style), drawn, v + " drawn for " + style);
            any |= drawn;
        }
        assertTrue(any, v + " applies to no style");
    }

    @Test
    void theDrawIsFixedBySeed() {
        assertEquals(Variations.draw(HouseStyle.PARISH, 7), Variations.draw(HouseStyle.PARISH, 7));
        assertNotNull(Variations.NONE.on());
        assertTrue(Variations.NONE.on().isEmpty());
    }

    /** The plain style is what a pack drawn with no variations is, byte for byte. */
    @ParameterizedTest
    @MethodSource("styles")
    void noVariationsIsThePlainStyle(HouseStyle style) {
        RenderedPack plain = style.render(3);
        RenderedPack none = style.render(3, Variations.NONE);
        assertArrayEquals(plain.pdf(), none.pdf());
        assertEquals(SampleCorpus.answersJson(plain.answers()), SampleCorpus.answersJson(none.answers()));
    }

    /**
     * Each variation alone, on the first seed whose plan gives it somewhere to show (a decision
     * form needs its wording drawn, a header its table to run over a page): the pack prints it,
     * differs from the plain pack, and its answers are on their pages.
     */
    @ParameterizedTest
    @EnumSource(Variation.class)
    void eachVariationPrintsItsWordingAndItsAnswersAreOnTheirPages(Variation v) throws IOException {
        HouseStyle style = Arrays.stream(HouseStyle.values()).filter(v::appliesTo).findFirst().orElseThrow();
        for (long seed = 1; seed <= 40; seed++) {
            RenderedPack pack = style.render(seed, new Variations(Set.of(v)));
            List<String> pages = PdfPages.texts(pack.pdf()).stream().map(PdfPages::dehyphenated).toList();
            boolean changed = !Arrays.equals(style.render(seed).pdf(), pack.pdf());
            // a header printed once shows only where the log runs over a page, which changes the pack
            if (!shows(v, pages) || v == Variation.HEADER_NOT_REPEATED && !changed) {
                continue;
            }
            assertTrue(changed, v + " changed nothing");
            assertAnswersOnPages(pack.answers(), pages);
            return;
        }
        throw new AssertionError(v + " printed by none of 40 seeds of " + style);
    }

    /** All of a style's variations at once, as the varied set draws them. */
    @ParameterizedTest
    @MethodSource("styles")
    void allVariationsTogetherKeepTheAnswersOnTheirPages(HouseStyle style) throws IOException {
        Set<Variation> all = EnumSet.noneOf(Variation.class);
        Arrays.stream(Variation.values()).filter(v -> v.appliesTo(style)).forEach(all::add);
        RenderedPack pack = style.render(5, new Variations(all));
        List<String> pages = PdfPages.texts(pack.pdf()).stream().map(PdfPages::dehyphenated).toList();
        assertEquals(pages.size(), pack.answers().source().pages());
        assertAnswersOnPages(pack.answers(), pages);
    }

    @Test
    void apologiesInASentenceAreAnsweredAsApologiesWithTheirHonorific() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            RenderedPack pack = HouseStyle.PARISH.render(seed, new Variations(Set.of(Variation.APOLOGIES_IN_SENTENCE)));
            List<Attendance> apologies = pack.answers().attendance().stream()
                    .filter(a -> a.status() == AttendanceStatus.APOLOGIES).toList();
            if (apologies.isEmpty()) {
                continue;
            }
            String text = String.join("", PdfPages.texts(pack.pdf())).replaceAll("\\s+", " ");
            for (Attendance a : apologies) {
                assertEquals("Cllr", a.honorific());
                assertTrue(text.contains("Cllr " + a.name()), a.name());
            }
            assertTrue(text.contains("had given their apologies"));
            return;
        }
        throw new AssertionError("no parish seed of 20 has apologies");
    }

    @Test
    void apologiesForAMemberListedPresentReplaceTheirPresence() throws IOException {
        RenderedPack pack = HouseStyle.PARISH.render(3, new Variations(Set.of(Variation.APOLOGIES_FOR_PRESENT)));
        String text = String.join("", PdfPages.texts(pack.pdf())).replaceAll("\\s+", " ");
        List<Attendance> apologised = pack.answers().attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.APOLOGIES && text.contains(a.name() + " had given h"))
                .toList();
        assertEquals(1, apologised.size());
        String name = apologised.getFirst().name();
        assertEquals(1, pack.answers().attendance().stream().filter(a -> a.name().equals(name)).count(),
                "one record, apologies, for " + name);
        assertTrue(String.join("", PdfPages.texts(HouseStyle.PARISH.render(3).pdf())).contains(name),
                "listed present in the plain pack too");
    }

    @Test
    void aMemberNotedNotHereIsAnsweredAbsentOnceAndLeftOutOfThePresentList() throws IOException {
        RenderedPack pack = HouseStyle.PARISH.render(3, new Variations(Set.of(Variation.ATTENDANCE_NOTES)));
        String text = String.join("", PdfPages.texts(pack.pdf())).replaceAll("\\s+", " ");
        List<Attendance> absent = pack.answers().attendance().stream()
                .filter(a -> a.status() == AttendanceStatus.ABSENT).toList();
        assertEquals(1, absent.size());
        String name = absent.getFirst().name();
        assertTrue(text.contains("Cllr " + name + " not here"), name + " noted not here");
        assertEquals(1, pack.answers().attendance().stream().filter(a -> a.name().equals(name)).count(),
                "one record, absent, for " + name);
        String head = text.substring(0, text.indexOf("APOLOGIES FOR ABSENCE"));
        assertFalse(head.contains(name), name + " is not in the present list");
    }

    @Test
    void aGroupHonorificGivesEachCouncillorTheSingularOfThePluralPrinted() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            RenderedPack pack = HouseStyle.COUNCIL.render(seed, new Variations(Set.of(Variation.GROUP_HONORIFIC)));
            String text = String.join("", PdfPages.texts(pack.pdf())).replaceAll("\\s+", " ");
            java.util.regex.Matcher m = Pattern.compile("Councillors ([\\p{Lu}][\\p{L} ]+?) and").matcher(text);
            if (!m.find()) {
                continue;
            }
            String first = m.group(1).split(",")[0].strip();
            assertTrue(pack.answers().attendance().stream()
                    .anyMatch(a -> a.name().equals(first) && "Councillor".equals(a.honorific())), first);
            return;
        }
        throw new AssertionError("no council seed of 40 prints a group of councillors");
    }

    @Test
    void anAccountsStatementIsAnsweredAsTwoStackedTablesWithTheirSections() {
        RenderedPack pack = HouseStyle.COUNCIL.render(3, new Variations(Set.of(Variation.ACCOUNTS_STATEMENT)));
        List<org.boardpack.model.tables.Table> tables = pack.answers().tables();
        org.boardpack.model.tables.Table statement = tables.stream()
                .filter(t -> "Statement of income and expenditure".equals(t.title())).findFirst().orElseThrow();
        org.boardpack.model.tables.Table reserves = tables.get(tables.indexOf(statement) + 1);
        assertEquals("Reserve Movements", reserves.title());
        assertEquals(statement.page(), reserves.page());
        // stacked: only the reserves title parts them
        float gap = reserves.bbox().get(1) - statement.bbox().get(3);
        assertTrue(gap > 0 && gap < 30, "gap " + gap);
        assertEquals(List.of("", "Budget", "Actual", "Variance"), statement.rows().getFirst());
        assertTrue(statement.rows().contains(List.of("CENTRAL COSTS", "", "", "")), statement.rows().toString());
        assertEquals(1, reserves.headerRows());
    }

    @Test
    void columnsThatAreNoTableAddNoTableToTheAnswers() throws IOException {
        RenderedPack plain = HouseStyle.COUNCIL.render(3);
        RenderedPack pack = HouseStyle.COUNCIL.render(3, new Variations(Set.of(Variation.NON_TABLE_COLUMNS)));
        String text = String.join("", PdfPages.texts(pack.pdf()));
        assertTrue(text.contains("\u2022") && text.contains("Background papers"), "details and bullets printed");
        assertEquals(plain.answers().tables().size(), pack.answers().tables().size());
    }

    @Test
    void aLogWhoseHeaderIsNotRepeatedPrintsItOnce() throws IOException {
        for (long seed = 1; seed <= 40; seed++) {
            List<String> plain = PdfPages.texts(HouseStyle.NHS.render(seed).pdf()).stream().map(PdfPages::squash)
                    .toList();
            long repeated = headerPages(plain);
            if (repeated < 2) {
                continue; // the log fits one page: nothing to leave out
            }
            RenderedPack varied = HouseStyle.NHS.render(seed, new Variations(Set.of(Variation.HEADER_NOT_REPEATED)));
            List<String> pages = PdfPages.texts(varied.pdf()).stream().map(PdfPages::squash).toList();
            assertEquals(1, headerPages(pages));
            return;
        }
        throw new AssertionError("no NHS seed of 40 has an action log over two pages");
    }

    private static long headerPages(List<String> pages) {
        return pages.stream().filter(p -> p.contains("RefDateItemActionResponsibleDeadlineStatusComments")).count();
    }

    /** Whether the pack shows the variation's wording (a header not repeated shows as printed once). */
    private static boolean shows(Variation v, List<String> pages) {
        Pattern p = PRINTS.get(v);
        long hits = pages.stream().filter(page -> p.matcher(page).find()).count();
        return v == Variation.HEADER_NOT_REPEATED ? hits == 1 : v == Variation.MARGIN_ACTION_COLUMN ? hits == 0 : hits > 0;
    }

    private static void assertAnswersOnPages(PackRecord r, List<String> pages) {
        for (Attendance a : r.attendance()) {
            assertOn(pages, a.page(), a.name(), "attendance");
            if (a.role() != null) {
                assertOn(pages, a.page(), a.role(), "role");
            }
        }
        for (Decision d : r.decisions()) {
            assertOn(pages, d.page(), d.text(), "decision");
        }
        for (Action a : r.actions()) {
            if (a.description() != null) {
                assertDescriptionOn(pages, a.page(), a.description());
            }
            assertOn(pages, a.page(), a.owner(), "action owner");
        }
    }

    /**
     * An action's description on its page: whole, or for one that stands for the paragraphs above
     * a closing "ACTION:" line (printed under their numbers, perhaps from the page before) its
     * last paragraph's words.
     */
    private static void assertDescriptionOn(List<String> pages, int page, String description) {
        String squashed = PdfPages.squash(description);
        if (page >= 1 && page <= pages.size() && !pages.get(page - 1).contains(squashed)) {
            String tail = squashed.substring(Math.max(0, squashed.length() - 30));
            assertOn(pages, page, tail, "action's last words");
            return;
        }
        assertOn(pages, page, description, "action");
    }

    private static void assertOn(List<String> pages, int page, String text, String what) {
        assertTrue(page >= 1 && page <= pages.size(), what + " page out of range: " + page);
        assertTrue(pages.get(page - 1).contains(PdfPages.squash(text)), what + " '" + text + "' not found on page " + page);
    }
}
