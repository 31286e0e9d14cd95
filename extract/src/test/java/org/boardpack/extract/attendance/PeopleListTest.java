package org.boardpack.extract.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PeopleListTest {

    /** Each person as "honorific|name|role|initials", nulls as empty. */
    private static List<String> read(String text) {
        return PeopleList.parse(text).stream().map(p -> String.join("|", v(p.person().honorific()), p.person().name(),
                v(p.role()), v(p.initials()))).toList();
    }

    private static String v(String s) {
        return s == null ? "" : s;
    }

    @Test
    void aPluralHonorificGivesEachNameOfItsGroupTheSingular() {
        assertEquals(List.of("Cllr|Hodivala|Chairman|", "Cllr|Hewett||", "Cllr|Mosson||", "Cllr|Passey||", "Cllr|Wood||"),
                read("Cllrs Hodivala (Chairman), Hewett, Mosson, Passey and Wood."));
        assertEquals(List.of("Messrs|B. Mooney||", "Messrs|C. Williams||"), read("Messrs B. Mooney & C. Williams"));
    }

    @Test
    void afterACommaAttachedTitleTheNextCommaGoesOnWithItsOrganisation() {
        assertEquals(List.of("Mrs|M B Cottrell|Director, West Downs Wellbeing Services|"),
                read("Mrs M B Cottrell, Director, West Downs Wellbeing Services"));
        assertEquals(List.of("Councillor|A Smith||", "Councillor|B Jones||", "Councillor|C Brown||", "Mrs|D Green||"),
                read("Councillors A Smith, B Jones and C Brown, Mrs D Green"));
    }

    @Test
    void titlesBeforeNamesAreRolesAndAPluralTitleIsEachOnesRole() {
        assertEquals(List.of("|Soules|Chair|", "|Yuen|Vice Chair|", "|Johnson|Commissioner|", "|Kohlstrand|Commissioner|",
                "|Weitze|Commissioner|"), read("Chair Soules, Vice Chair Yuen and Commissioners Johnson, Kohlstrand, and Weitze."));
        assertEquals(List.of("|Scott Means|President|", "|Gerald Bryant|Board Member|", "|Cindy Pile|Board Member|"),
                read("President Scott Means, Board Members Gerald Bryant, and Cindy Pile (attended remotely)"));
    }

    @Test
    void countsAreNobodyAndTheClerkBeforeANameIsItsRole() {
        assertEquals(List.of("|Tom Brindley|Clerk|"), read("3 electors and the Clerk: Tom Brindley."));
        assertEquals(List.of("Mr|G Irwin|clerk|"), read("1 elector (for part of the meeting) and the clerk, Mr G Irwin"));
        assertEquals(List.of("PCSO|K Broad||", "District Cllr|L Haysey||", "Mr|G Irwin|clerk|"),
                read("PCSO K Broad and District Cllr L Haysey for part of the meeting, and the clerk, Mr G Irwin."));
        assertEquals(List.of(), read("A list of Members attending is available, on request, from the Secretary"));
    }

    @Test
    void aClosingBracketAloneSeparatesTwoNamesAndInitialsAreTheBracketThatSpellsTheName() {
        assertEquals(List.of("Cllr|Haidy Blake|Chairman|", "Cllr|Gary O’Leary||"), read("Cllrs Haidy Blake (Chairman) Gary O’Leary"));
        assertEquals(List.of("|Holly Packer|Chairing|HP", "|Rohit Jose|Minuting|RJ", "|Marcus Gustafsson||MG"),
                read("Holly Packer (HP) (Chairing), Rohit Jose (RJ) (Minuting), Marcus Gustafsson (MG)"));
    }

    @Test
    void aTitleAfterANameAndLineBreaksBetweenEntriesPrintedOneALine() {
        assertEquals(List.of("|Sara Strickler|President|", "|Thushan Amarasiriwardena|Vice President|"),
                read("Sara Strickler, President\nThushan Amarasiriwardena, Vice President"));
    }

    @Test
    void initialsInBracketsAfterACommaAttachedRoleAndARoleThatLooksLikeAName() {
        // an NHS board's list, one per line: "Name, Role (initials)"; the role's words are capitalised
        assertEquals(List.of("Prof|Anne Wells|Chair|AW", "Dr|Raj Patel|Chief Executive|RP", "Mrs|Clare Dunn|Chief Finance Officer|CD",
                        "Mr|Ben Oakes|Non-Executive Director|BO"),
                read("Prof Anne Wells, Chair (AW)\nDr Raj Patel, Chief Executive (RP)\nMrs Clare Dunn, Chief Finance Officer (CD)\n"
                        + "Mr Ben Oakes, Non-Executive Director (BO)"));
        assertEquals(List.of("Mr|Neil Hart|Chief Nurse|"), read("Mr Neil Hart, Chief Nurse"));
        // a semicolon ends the role: the next entry is a person again
        assertEquals(List.of("|Lucy Fox|Chief Executive|LF", "|Sam Reed||"), read("Lucy Fox, Chief Executive (LF); Sam Reed, minutes"));
    }

    @Test
    void aBracketPrintedOnceAfterAGroupIsEachOnesButAnOfficeIsTheLastOnes() {
        assertEquals(List.of("Cllr|A Smith|Labour|", "Cllr|B Jones|Labour|"), read("Cllrs A Smith and B Jones (Labour)"));
        assertEquals(List.of("|A Smith||", "|B Jones|Chairman|"), read("A Smith and B Jones (Chairman)"));
    }

    @Test
    void aNoteBracketedAfterACommaAttachedRoleLeavesTheRole() {
        assertEquals(List.of("|Claire Benson|Chief Executive|", "|Mark Reid|Finance Manager|"),
                read("Claire Benson, Chief Executive\nMark Reid, Finance Manager (item 4 only)"));
    }

    @Test
    void aBracketSayingInWhatCapacityOneSitsIsTheRole() {
        assertEquals(List.of("Cllr|P Holloway|Chair|", "Cllr|M Evans|substituting for Cllr T Grant|", "Cllr|L Hughes||"),
                read("Cllr P Holloway (Chair), Cllr M Evans (substituting for Cllr T Grant) and Cllr L Hughes"));
        assertEquals(List.of("Councillor|Ruth Dale|for Councillor Peter Briggs|", "Cllr|Al Hay||"),
                read("Councillor Ruth Dale (for Councillor Peter Briggs), Cllr Al Hay (for item 4)"));
    }

    @Test
    void anOfficeThenADashThenTheNameOfWhoHoldsIt() {
        assertEquals(List.of("Mrs|J Fenwick|Clerk|", "District Cllr|R Hale||"),
                read("Clerk – Mrs J Fenwick; District Cllr R Hale"));
    }

    @Test
    void reasonsForAbsenceAreNotRoles() {
        assertEquals(List.of("Cllr|B Simkins||", "Cllr|R Morris||", "Cllr|S Edgell||"),
                read("Cllrs B Simkins (illness), R Morris, (illness) and S Edgell"));
    }

    @Test
    void aDescriptorPrintedStraightAfterANameIsItsRoleAndPluralDescriptionsAreNot() {
        assertEquals(List.of("|Mike Pendock|Estates Manager Tarmac|", "|Rab Harley|Friends of Panshanger Park|",
                "|Martin Jack||", "|Adam West||"),
                read("Mike Pendock Estates Manager Tarmac, Rab Harley Friends of Panshanger Park and residents Martin Jack and Adam West"));
    }

    @Test
    void twoNamesWithoutASeparatorInAListOfNamesOfOneLength() {
        assertEquals(List.of("Cllr|Haidy Blake||", "Cllr|Magda Atkins||", "Cllr|Lizzer Bradbury||", "Cllr|Jim Coppard||",
                "Cllr|Roger Morris||"), read("Cllrs Haidy Blake, Magda Atkins Lizzer Bradbury, Jim Coppard and Roger Morris"));
        assertEquals(List.of("|Johnson|Commissioner|", "|Nachtigall|Commissioner|", "|Suthanthira|Commissioner|",
                "|Weitze|Commissioner|", "|Kohlstrand|Commissioner|"),
                read("Commissioners Johnson, Nachtigall Suthanthira, Weitze and Kohlstrand"));
        // initials are no half of a name, nor is a name with another role
        assertEquals(List.of("|D. Smith|Commissioner|", "|Duhe|Commissioner|", "|Moore|Commissioner|", "|Torres|Commissioner|"),
                read("Commissioners D. Smith, Duhe, Moore, Torres"));
    }

    @Test
    void firstNamesAloneAreNamesInAListOfFirstNames() {
        assertEquals(List.of("|Daniel||", "|Braden||", "|Cate||", "|Sri||"), read("Daniel, Braden, Cate and Sri"));
        assertEquals(List.of(), read("None"));
    }

    @Test
    void inTheChairIsTheChairAndABracketedNameIsAName() {
        assertEquals(List.of("Councillor|Brigid Jones|Chair|", "Councillor|Brett O’Reilly||", "Councillor|Mike Ward||"),
                read("Councillor Brigid Jones in the Chair;\nCouncillors Brett O’Reilly and (Mike Ward – replaced Jon Hunt)"));
    }

    @Test
    void aDashRoleRunsOnAfterCommasUntilTheNextPerson() {
        assertEquals(List.of("Ms|M Dunmore|Chair, Mid Vale Safeguarding Adults Board|"),
                read("Ms M Dunmore – Chair, Mid Vale Safeguarding Adults Board"));
        assertEquals(List.of("|Olive O’Sullivan|Town Clerk|", "|Becki Leonard|Assistant Town Clerk|"),
                read("Olive O’Sullivan – Town Clerk, Becki Leonard - Assistant Town Clerk."));
    }

    @Test
    void honoursAfterANameAreNotPartOfItAndParticlesAreAndCapitalsAreReadInTitleCase() {
        assertEquals(List.of("Cllr|A Smith||", "Dr|Jane Doe|Chair|", "|Ian van der Berg||"),
                read("Cllr A Smith MBE, Dr Jane Doe, FRCP (Chair) and Ian van der Berg"));
        assertEquals(List.of("Cllr|A Smith||", "Cllr|B Jones||"), read("CLLRS A SMITH AND B JONES"));
        assertEquals(List.of("|Élise Dupont||"), read("Élise Dupont"));
    }

    @Test
    void anOrganisationAfterAPersonsTitleIsWhereTheTitleIsHeld() {
        assertEquals(List.of("Mrs|M B Cottrell|Director, West Downs Wellbeing Services|"),
                read("Mrs M B Cottrell, Director, West Downs Wellbeing Services"));
        assertEquals(List.of("|Mike Pendock|Estates Manager Tarmac|"), read("Mike Pendock Estates Manager Tarmac"),
                "without a title before it, a name run on into a descriptor is still read as both");
    }
}
