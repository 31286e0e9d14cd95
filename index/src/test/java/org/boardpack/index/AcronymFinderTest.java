package org.boardpack.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Acronym definitions found in sentences copied from real board packs (shared/seeds), and non-definitions left alone. */
class AcronymFinderTest {

    private final AcronymFinder finder = new AcronymFinder();

    private void finds(String sentence, String acronym, String expansion) {
        assertEquals(List.of(new AcronymPair(acronym, expansion)), finder.find(sentence), sentence);
    }

    @Test
    void longNameThenAcronymInBrackets() {
        finds("13. In June 2017, NHS England (NHSE) confirmed that BLMK STP will be one of", "NHSE", "NHS England");
        finds("the offer to Primary Care Network (PCN) representatives to meet with the Chair", "PCN", "Primary Care Network");
        finds("Accountable Care System for Bedfordshire, Luton and Milton Keynes (BLMK)", "BLMK",
                "Bedfordshire Luton and Milton Keynes");
        finds("There are two major schemes in progress for the Luton & Dunstable Hospital (L&D)", "L&D",
                "Luton & Dunstable");
        finds("stakeholder organisations, are reviewing their current Child and Adolescent Mental Health Services "
                + "(CAMHS) strategies", "CAMHS", "Child and Adolescent Mental Health Services");
        finds("Bedfordshire Clinical\nCommissioning Group (BCCG) as it was evident", "BCCG",
                "Bedfordshire Clinical Commissioning Group");
        finds("Implementing IAPT-Long Term Conditions Services (LTC) – Across", "LTC", "Long Term Conditions");
    }

    @Test
    void acronymThenExpansionInBrackets() {
        finds("new IPC (Infection Prevention and Control) guidance as well as continuing to", "IPC",
                "Infection Prevention and Control");
        finds("ensure current low and improved DNA (Did Not Attend) rates are maintained (these", "DNA", "Did Not Attend");
    }

    @Test
    void longNameThenDashAndAcronym() {
        finds("Mayor David Hodgson (Bedford Borough Council – BBC) DH", "BBC", "Bedford Borough Council");
        finds("Dorothy Griffiths (Chair Central & North West London Trust - CNWL) DG", "CNWL", "Central & North West London");
    }

    @Test
    void glossaryRows() {
        List<AcronymPair> pairs = finder.find("Acronym | Meaning\nICB | Integrated Care Board\nA&E | Accident and Emergency\n"
                + "SRO: Senior Responsible Officer\nXYZ | Something else entirely");
        assertEquals(List.of(new AcronymPair("ICB", "Integrated Care Board"), new AcronymPair("A&E", "Accident and Emergency"),
                new AcronymPair("SRO", "Senior Responsible Officer")), pairs);
    }

    @Test
    void bracketsThatDefineNothingAreLeftAlone() {
        for (String s : List.of(
                "Long Term Plan and more recently the Ockenden Report (2020). Supported by strong",
                "Milton Keynes (2020)",
                "the annual report is attached (see Appendix A)",
                "delivering the targets by end of year outturn. (See graph below)",
                "Proactive Care and MDT (Community Nurses) 3,516,659 3,516,659",
                "Patricia Davies (Commissioning Collaborative - CCG)",
                "In Milton Keynes, Addictions Recovery Community MK (CNWL)",
                "Dr M Sowerby – JSNA Programme Manager",
                "Elective Care – GP Referrals and Waiting",
                "include in the list of apologies, Mark Lam (ELFT, Chair)")) {
            assertEquals(List.of(), finder.find(s), s);
        }
    }

    @Test
    void initialsAfterAnHonouredNameAreNotAnAcronym() {
        assertTrue(finder.find("Attendees: Dr Edward Sowerby (ES), Prof Joanne Ashworth (JA)").isEmpty());
    }

    @Test
    void everyDefinitionInAParagraphOnce() {
        List<AcronymPair> pairs = finder.find("Bedfordshire and Luton’s Child and Adolescent Mental Health Services (CAMHS) "
                + "are provided by the East London Foundation Trust (ELFT) and are commissioned by the East London "
                + "Foundation Trust (ELFT)");
        assertEquals(List.of(new AcronymPair("CAMHS", "Child and Adolescent Mental Health Services"),
                new AcronymPair("ELFT", "East London Foundation Trust")), pairs);
    }
}
