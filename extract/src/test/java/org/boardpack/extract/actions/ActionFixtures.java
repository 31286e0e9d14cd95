package org.boardpack.extract.actions;

import org.boardpack.extract.fixtures.PdfFixture;
import org.boardpack.extract.fixtures.RuledTable;

/** Action logs and minutes' action columns in the seed packs' layouts and wording. */
final class ActionFixtures {

    static final String[] LOG_HEADER = {"**Ref", "**Date", "**Item", "**Action", "**Responsible", "**Deadline",
            "**Status", "**Comments"};
    private static final float[] LOG_WIDTHS = {32f, 52f, 95f, 165f, 85f, 50f, 48f, 243f};

    private ActionFixtures() {
    }

    /**
     * The partnership board's landscape action log over two pages, the header repeated, one row
     * broken by the page; ruled, or held together by whitespace alone.
     */
    static PdfFixture partnershipLog(boolean ruled) {
        PdfFixture f = new PdfFixture().landscape()
                .text(36, 50, "BLMK Partnership Board Action Log - Updated 02 December 2020", 12, true);
        RuledTable first = new RuledTable(36, LOG_WIDTHS).row(LOG_HEADER)
                .row("5", "04-Mar-20", "Health & Wellbeing\nStrategies",
                        "That the Chairs of the Health and\nWellbeing Boards would collectively\nreview the strategies.",
                        "Tracey Stock", "Dec-20", "Open",
                        "15.09.20 The long-term for the ICs will be\nconsidered and feedback from the H&WB\n"
                                + "Boards will be critical.\n14.10.20- Chairs & leaders have been contacted,\n"
                                + "responses are awaited. Responses need to be\nconsidered December 2020.\n"
                                + "11.11.20 - The emails from TS has not been\nreceived by all.")
                .row("9", "04-Mar-20", "Health & Wellbeing\nStrategies",
                        "That a detailed report be made to the\nnext meeting on Wave 5 Capital funding.",
                        "Daphne Thomas", "Jan-21", "Open",
                        "July 20 - Wave 5 Capital bids delayed due to\nCovid 19. The estates strategy will be\nrefreshed.")
                .row("26", "14-Oct-20", "Bedfordshire Care\nAlliance Update",
                        "Consider BCA attendance at H&WB\nmeetings and being part of that\nmembership",
                        "David Carter/Simon\nLinnett", "Nov-20", "Open",
                        "11.11.20 Simon Linnett will follow this up\nwith the workstream lead\n"
                                + "02.12.20 When the BCA Programme Director\nis appointed, the BCA will consider it.")
                .row("28", "14-Oct-20", "Flu Vaccination\nProgramme Update",
                        "To share with H&WB Boards information\non the level of staff uptake",
                        "Sanhita Chakrabarti", "Nov-20", "Closing",
                        "02.12.20 - information included in report to\nthe Board on 09.11.20")
                .row("37", "11-Nov-20", "Finance 6 month\nUpdate",
                        "Make arrangements to discuss the NHS\nbudgeting regime", "Mark Thomas", "Dec-20",
                        "Proposed\nfor\nclosure", "");
        RuledTable second = new RuledTable(36, LOG_WIDTHS).row(LOG_HEADER)
                .row("", "", "", "with local authority leaders", "", "", "", "")
                .row("31", "11-Nov-20", "Strategic Outline Case\nMilton Keynes Hospital",
                        "To provide letter of support on behalf\nof the ICS", "Chair", "Nov-20", "Closed",
                        "11.11.20 - letter of support provided");
        if (!ruled) {
            first.unruled();
            second.unruled();
        }
        first.draw(f, 70);
        f.newPage().landscape();
        second.draw(f, 40);
        return f;
    }

    /**
     * Partnership board minutes: the {@code Item No. | Discussion | Action} table over two pages,
     * its action column holding {@code Action 31} / {@code Chair}, bare initials, {@code ACTION} /
     * {@code 15 SW} and {@code ACTION} / {@code 16} / {@code ICS Core} / {@code team}.
     */
    static PdfFixture partnershipMinutes(boolean ruled) {
        PdfFixture f = new PdfFixture()
                .text(200, 50, "BLMK Partnership Board Minutes", 14, true)
                .text(200, 70, "Wednesday 11th November 2020", 12, false);
        RuledTable first = new RuledTable(56.7f, 45f, 350f, 87f).row("**Item No.", "**Discussion", "**Action")
                .row("**6", "**Strategic Outline Case Milton Keynes Hospital\n\n"
                                + "The SOC is presented to the Partnership Board for\nformal ICS support before submission.\n\n"
                                + "**Agreed: That the SOC for MKUH development be\n**supported.",
                        "\n\n\n\n\nAction 31\nChair")
                .row("**7", "**Digital\n\nData is key in how health and care services are\ntransformed and delivered.\n\n"
                                + "Local authorities require an outline business\ncase for any programme.",
                        "\n\nNS\n\n\n\nACTION\n15 SW");
        if (!ruled) {
            first.unruled();
        }
        first.draw(f, 100);
        f.newPage();
        RuledTable second = new RuledTable(56.7f, 45f, 350f, 87f)
                .row("", "**Comments\nHaving visibility of the evidence of benefits\nwill be useful.", "\nAction 32\nMT")
                .row("**8", "**Flu Vaccination Programme Update\n\nGuidance on the COVID vaccine is awaited.",
                        "\nACTION\n16\nICS Core\nteam");
        if (!ruled) {
            second.unruled();
        }
        second.draw(f, 40);
        return f;
    }

    /**
     * Charity trustee minutes: a {@code No. | Minute | Action} table, each item a bold number and
     * heading ({@code 4.} / {@code Chief Executive's report}) over numbered paragraphs ({@code 4.1}),
     * owners' initials in bold level with the paragraph that is the action.
     */
    static PdfFixture charityMinutes() {
        PdfFixture f = new PdfFixture()
                .text(56.7f, 50, "Riverside Hospice", 14, true)
                .text(56.7f, 66, "Minutes", 12, true);
        new RuledTable(56.7f, 36f, 380f, 60f).row("**No.", "**Minute", "**Action")
                .row("**4.\n4.1\n\n\n4.2\n4.3",
                        "**Chief Executive's report\nThe Chief Executive presented the report, which had been circulated in\n"
                                + "advance, and highlighted the continued rise in demand for the helpline.\n\n"
                                + "A summary of the waiting list by area to be brought to the next meeting.\n"
                                + "Circulate the volunteer recruitment plan to trustees.",
                        "\n\n\n\n**DH\n**LY")
                .row("**5.\n5.1\n\n5.2",
                        "**Trustee recruitment\nThe Board approved the recruitment pack and the skills matrix as presented.\n\n"
                                + "Advertise the trustee vacancies and convene the panel.",
                        "\n\n\n**SE")
                .draw(f, 90);
        return f;
    }

    /**
     * A school governors' committee: an {@code ACTIONS TO BE TAKEN} summary whose header line
     * ({@code ITEM | | BY WHOM | BY WHEN}) stands above its frame, then the minutes as a ruled
     * {@code number | Item | Notes | Action} table over two pages, with its header row or without
     * one. The action column holds a task with its owner, {@code None}, an owner level with a bold
     * recommendation, joint owners over three lines level with plain sentences, lettered entries
     * and an owner cut by the page break after a slash.
     */
    static PdfFixture schoolMinutes(boolean header) {
        PdfFixture f = new PdfFixture().landscape()
                .text(62, 40, "Business Management Committee", 12, true)
                .text(62, 62, "ACTIONS TO BE TAKEN", 9, false)
                .text(66, 76, "ITEM", 9, true).text(586, 76, "BY WHOM", 9, true).text(686, 76, "BY WHEN", 9, true);
        new RuledTable(62, 60f, 460f, 100f, 80f)
                .row("55/2122", "Signed minutes to Headteacher for file and to website", "Clerk", "asap")
                .row("59c/2122", "Discussions to be held with the caretaker and a firm proposal\nbrought to the next "
                        + "Committee meeting.", "Kay Dicken/Heather\nPoustie/Clerk", "September")
                .draw(f, 82);
        RuledTable grid = new RuledTable(62, 80f, 100f, 420f, 120f);
        if (header) {
            grid.row("", "**Item", "**Notes", "**Action");
        }
        grid.row("BM 53/2122", "Division of Agenda", "No items were taken in private.", "None")
                .row("BM 55/2122", "To agree the Minutes", "The minutes were agreed and signed and are to be placed\n"
                        + "on the website.", "Clerk to place\non website")
                .row("BM 58/2122", "Finance", "a. Monitor budget. The monitor had been provided.\n"
                        + "**Governors recommended that the budget be passed to the FGB\n**for agreement.\n"
                        + "b. Bought-in services had been uploaded before the meeting.", "\nClerk")
                .row("BM 59/2122", "Personnel", "c. Caretaker's hours and pay. It was proposed that the hours be\n"
                        + "increased. The role is on a low pay scale. It was agreed that\n"
                        + "discussions would be held with the caretaker.", "Kay\nDicken/Heather\nPoustie")
                .row("BM 60/2122", "Governance", "a. Dates of meetings for the next year were agreed.\n"
                        + "b. A governor has resigned. Clerk to advise the local authority.\n"
                        + "c. Partnership working was reviewed and will come back.", "a. Clerk\nb. Clerk\n"
                        + "c. To be on\nagendas as a\nstanding item.")
                .row("BM 61/2122", "Visits", "1) Literacy visit.\n**This is planned to be", "\nPaul Evemy/")
                .draw(f, 150);
        f.newPage().landscape();
        new RuledTable(62, 80f, 100f, 420f, 120f)
                .row("", "", "**re-dated to the second week in June.", "Sandra Cartwright")
                .row("BM 62/2122", "Date of next meeting", "Monday 16 May at 1830", "")
                .draw(f, 60);
        return f;
    }
}
