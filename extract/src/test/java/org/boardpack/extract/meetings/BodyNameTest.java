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
            "Partnership Board for Bedfordshire, Luton and Milton Keynes|Partnership Board for Bedfordshire, Luton and Milton Keynes"})
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
