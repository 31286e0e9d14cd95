package org.boardpack.extract.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.boardpack.model.attendance.Attendance;
import org.boardpack.model.attendance.AttendanceStatus;
import org.junit.jupiter.api.Test;

class OwnerResolverTest {

    private static final String NOV = "blmk/2020-11-11";
    private static final String OCT = "blmk/2020-10-14";

    private static Attendance p(String meeting, String name, String initials) {
        return new Attendance(meeting, name, null, "role", initials, AttendanceStatus.PRESENT, 2);
    }

    private final OwnerResolver resolver = new OwnerResolver(List.of(
            p(NOV, "Mark Thomas", "MT"), p(NOV, "Michelle Evans-Riches", "ME-R"), p(NOV, "Simon Wood", "SW"),
            p(NOV, "Daphne Thomas", null), p(NOV, "Nicola Kay", "NK"),
            p(OCT, "Ross Graves", "RG"), p(OCT, "Martin Trinder", "MT")));

    @Test
    void initialsThroughTheSameMeetingFirst() {
        assertEquals("Mark Thomas", resolver.resolve("MT", NOV), "MT is Martin Trinder only at another meeting");
        assertEquals("Michelle Evans-Riches", resolver.resolve("ME-R", NOV));
        assertEquals("Ross Graves", resolver.resolve("RG", NOV), "the pack's other meetings when not in this one");
    }

    @Test
    void namesAsWritten() {
        assertEquals("Daphne Thomas", resolver.resolve("Daphne Thomas", NOV));
        assertEquals("Nicola Kay", resolver.resolve("Nicola kay", NOV));
        assertEquals("Simon Wood", resolver.resolve("S Wood", NOV));
        assertEquals("Nicola Kay", resolver.resolve("Nicola Kay", null));
    }

    @Test
    void nothingWhenItIsNotOnePerson() {
        assertNull(resolver.resolve("Chair", NOV));
        assertNull(resolver.resolve("David Carter/Simon Linnett", NOV), "joint owners of whom no one attended");
        assertNull(resolver.resolve("Clare Steward Ross Graves", NOV));
        assertNull(resolver.resolve("MT", null), "two people share MT across the pack");
        assertNull(resolver.resolve("Thomas", NOV));
        assertNull(resolver.resolve(null, NOV));
    }

    @Test
    void aFullNameIsItselfWhereTheMeetingPrintsNoAttendanceList() {
        String dec = "blmk/2020-12-09";
        assertEquals("Hugh Pollitt Smith", resolver.resolve("Hugh Pollitt Smith", dec));
        assertNull(resolver.resolve("Hugh Pollitt Smith", NOV), "an outsider to a meeting whose list is printed");
        assertNull(resolver.resolve("J Smith", dec), "initials stay unresolved");
        assertNull(resolver.resolve("Embecosm and Florian", dec));
        assertNull(resolver.resolve("Clerk", dec));
    }

    @Test
    void jointOwnersResolveToEachPersonNamedInTheOrderPrinted() {
        assertEquals("Mark Thomas, Simon Wood", resolver.resolve("Mark Thomas & Simon Wood", NOV));
        assertEquals("Simon Wood, Nicola Kay", resolver.resolve("SW/NK", NOV));
        assertEquals("Daphne Thomas", resolver.resolve("Daphne Thomas/Clerk", NOV), "a role names no one");
        assertEquals("Nicola Kay", resolver.resolve("Nicola Kay + other", NOV));
    }

    @Test
    void aFirstNamePrintedWithOneLetterWrong() {
        assertEquals("Nicola Kay", resolver.resolve("Nicole Kay", NOV));
        assertNull(resolver.resolve("Nicholas Kay", NOV), "more than one letter");
        assertNull(resolver.resolve("Micola Kay", NOV), "the initial is kept");
    }

    @Test
    void initialsMadeFromNamesWhereTheListPrintsNone() {
        OwnerResolver charity = new OwnerResolver(List.of(
                p(NOV, "Gareth Fenwick", null), p(NOV, "Zoe Price-Jones", null), p(NOV, "Stuart Gallagher", null),
                p(NOV, "Sunita Gill", null), p(NOV, "Nadia Abernethy", "NAb")));
        assertEquals("Gareth Fenwick", charity.resolve("GF", NOV));
        assertEquals("Zoe Price-Jones", charity.resolve("ZP-J", NOV));
        assertNull(charity.resolve("SG", NOV), "two people make SG");
        assertNull(charity.resolve("NA", NOV), "printed initials stand: NAb, not NA");
    }

    @Test
    void initialsNoAttendanceListNamesResolveThroughThePapersOwnKey() {
        OwnerResolver keyed = new OwnerResolver(List.of(p(NOV, "Mark Thomas", "MT")),
                PrintedInitials.of(List.of("Attendees: Holly Packer (HP), Max Turner (MT)")));
        assertEquals("Holly Packer", keyed.resolve("HP", NOV));
        assertEquals("Mark Thomas", keyed.resolve("MT", NOV), "the attendance list comes first");
        assertNull(keyed.resolve("RJ", NOV));
    }
}
