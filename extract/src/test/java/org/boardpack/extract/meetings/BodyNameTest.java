package org.boardpack.extract.meetings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyNameTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BLMK Partnership Board Minutes|BLMK Partnership Board",
            "Minutes of the Health and Wellbeing Board|Health and Wellbeing Board",
            "HEALTH AND WELLBEING BOARD|Health and Wellbeing Board",
            "Agenda for the Meeting of the Trust Board - Public|Trust Board - Public",
            "Quality Committee Meeting Notes|Quality Committee",
            "Partnership Board for Bedfordshire, Luton and Milton Keynes|Partnership Board for Bedfordshire, Luton and Milton Keynes",
            "Approved Minutes Transportation Commission Meeting|Transportation Commission",
            "MINUTES: *Special Meeting of the Springfield Parks and Recreation Advisory Commission (PRAC)"
                    + "|Springfield Parks and Recreation Advisory Commission",
            "CSS Committee Meeting - Agenda|CSS Committee",
            "TWG Meeting Record|TWG",
            "Finance Committee Minutes – Part I Public Session|Finance Committee",
            "No2ID Annual General Meeting|No2ID",
            "Second Annual General Meeting (AGM) of No2ID|No2ID",
            "CPV Partnership Board Action Log - Updated|CPV Partnership Board",
            "MINUTES OF THE ALAMEDA FREE LIBRARY BOARD MEETING|Alameda Free Library Board",
            "Academic Programs Committee notes|Academic Programs Committee",
            "Minutes of the Friends of Springfield Park Meeting held on|Friends of Springfield Park",
            "Held on|''",
            "Minutes – Part I Public Session|''",
            "Part I Public Session|''",
            "BOARD OF DIRECTORS MEETING IN PUBLIC|Board of Directors",
            "MINUTES OF THE BOARD OF DIRECTORS MEETING HELD IN PUBLIC|Board of Directors",
            "Council of Governors Meeting held in Private|Council of Governors",
            "Meeting of the Board of Directors held in Public|Board of Directors",
            "Board of Directors in Private|Board of Directors"})
    void removesOnlyThePaperKind(String printed, String body) {
        assertEquals(body, BodyName.clean(printed));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "BLMK Partnership Board|blmk-partnership-board",
            "Central Bedfordshire Council Health & Wellbeing Board|central-bedfordshire-council-health-and-wellbeing-board",
            "Bürgerrat Nord|burgerrat-nord"})
    void slugs(String body, String slug) {
        assertEquals(slug, BodyName.slug(body));
    }
}
