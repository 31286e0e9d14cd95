package org.boardpack.corpus.nhs;

import java.util.List;

/**
 * Discussion items for NHS partnership boards, written in the seed minutes' register. Templates
 * use {@link NhsArea#fill(String)} placeholders. {@code decision} (nullable) is the text after
 * "Agreed:"; {@code actions} become action column entries and action log rows.
 */
public final class NhsTopics {

    private NhsTopics() {
    }

    public record Topic(String title, List<String> paragraphs, List<String> bullets, List<String> comments,
                        String decision, List<String> actions, String update) {
    }

    public static final List<Topic> ALL = List.of(
            new Topic("Flu Vaccination Programme",
                    List.of("To the end of October, uptake across {abbr} is in line with the rest of the region "
                                    + "and data will be validated at the end of the month. An update will be provided "
                                    + "at the next Board meeting.",
                            "Work is underway to ensure access to flu clinics. This includes drive-through clinics, "
                                    + "weekend clinics in village halls and other accessible places."),
                    List.of("Hospitals and community services are working together to vaccinate patients with "
                                    + "long term conditions when they attend for care.",
                            "Home visits to administer the vaccine remain an issue due to capacity.",
                            "Workforce uptake data from providers will be included in future reports."),
                    List.of("Members asked that uptake among frontline social care staff be reported separately, "
                            + "as the picture in {p2} differs from the rest of the system."),
                    "That the Board notes the uptake position and that a further update on staff uptake be "
                            + "provided at the next meeting.",
                    List.of("Provide an update on national uptake data due to be published at the end of the month",
                            "Share information on the level of staff uptake with the Health and Wellbeing Boards"),
                    "information included in report to the Board"),
            new Topic("Digital Shared Care Record",
                    List.of("Data is key in how health and care services are transformed and delivered. The digital "
                                    + "programme of work is clinically led and is centred on the resident.",
                            "{acute} has access to primary care information and will be connecting {mh} for "
                                    + "community and mental health records in the coming months."),
                    List.of("effective joined up care", "better population health management",
                            "use of information across organisational boundaries", "citizen empowerment"),
                    List.of("Having visibility of the evidence of benefits will be useful. Local authorities require an "
                            + "outline business case for any programme that requires resources to be committed."),
                    null,
                    List.of("To provide local authority colleagues with the business case outlining benefits of the "
                                    + "digital transformation programme",
                            "To share examples of social care record sharing with the Digital Board"),
                    "business case circulated to members"),
            new Topic("Health Inequalities and Voluntary Sector Partnership",
                    List.of("Focusing on inequalities is a significant priority for the ICS. The plan requirements "
                                    + "build on the collaborative working with local communities during the pandemic.",
                            "An inequalities group with representation from partner organisations has been "
                                    + "established and will develop a work plan for {p1}, {p2} and {p3}."),
                    List.of("Co-production of services with local communities and the voluntary sector",
                            "Use of charitable funds to support social prescribing"),
                    List.of("Local authorities hold local information on priorities and this can be used to determine "
                            + "the key areas for funding."),
                    "That a presentation on the inequalities priorities be made to the Partnership Board at its "
                            + "next meeting identifying areas of support required and proposed approach.",
                    List.of("Present to the Board the inequality priorities identifying areas of support required"),
                    "on agenda for the next meeting"),
            new Topic("Finance Month 6 Update",
                    List.of("A temporary financial regime has been in place. For the first half of the year top-ups "
                                    + "across {abbr} brought the system to break even.",
                            "For the second half of the year financial envelopes will be allocated, which the system "
                                    + "must remain within. The forecast identifies a gap of about 2% which is small in "
                                    + "comparison to other systems."),
                    List.of(),
                    List.of("Local authority budgets run very differently. It would be helpful for local authority "
                            + "colleagues to understand how the NHS budgeting regime works."),
                    null,
                    List.of("Make arrangements to discuss the NHS budgeting regime with local authority leaders"),
                    "discussion took place with council leaders"),
            new Topic("Strategic Outline Case {acute} Redevelopment",
                    List.of("The Strategic Outline Case (SOC) for the redevelopment of the {p1} site was presented to "
                                    + "the CEO Group and was supported. The SOC is presented to the Partnership Board "
                                    + "for formal ICS support before submission.",
                            "The redevelopment aims to address children's services, surgical services and some "
                                    + "intermediate care, based on estimated population growth across the coming "
                                    + "decades."),
                    List.of(),
                    List.of("Investment in local infrastructure such as transport, broadband and education must be "
                            + "clearly set out in the documents."),
                    "That the SOC for the {acute} redevelopment be supported and a letter of support from the ICS be "
                            + "provided by the Chair on behalf of the ICS.",
                    List.of("To provide a letter of support on behalf of the ICS"),
                    "letter of support provided"),
            new Topic("Mental Health Transformation",
                    List.of("{mh} presented progress on the community mental health transformation programme, "
                                    + "including the roll out of crisis cafes and the expansion of liaison mental "
                                    + "health teams.",
                            "Demand for children and young people's services has risen and waiting times for "
                                    + "assessment remain a concern in {p3}."),
                    List.of("Crisis cafes open in {p1} and {p2}", "Recovery College courses delivered online",
                            "Talking therapies access rate above the national standard"),
                    List.of("Members welcomed the progress and asked that outcomes for people with serious mental "
                            + "illness be included in the next update."),
                    "That the mental health transformation update be noted and endorsed.",
                    List.of("Include outcomes for people with serious mental illness in the next update"),
                    "added to the forward plan"),
            new Topic("Winter Resilience Plan",
                    List.of("The system winter plan sets out the additional capacity commissioned across acute, "
                                    + "community and social care services, and the escalation arrangements agreed "
                                    + "with partners.",
                            "Discharge to assess pathways have been strengthened with {community} and the councils "
                                    + "to maintain flow through the hospitals."),
                    List.of("Additional community beds commissioned in {p2}", "Daily system calls during escalation"),
                    List.of("Partners noted the pressures in care homes and the need to support the care market "
                            + "through the winter months."),
                    "That the system winter resilience plan be approved.",
                    List.of("Circulate the final winter plan and escalation framework to all partners"),
                    "plan circulated to partners"),
            new Topic("Workforce and Recruitment",
                    List.of("The workforce report set out vacancy rates across providers, with nursing and "
                                    + "domiciliary care the areas of greatest pressure.",
                            "An {abbr} recruitment campaign will launch in the new year, including a joint offer for "
                                    + "health and care roles across {p1}, {p2} and {p3}."),
                    List.of(),
                    List.of("Members asked that the campaign include social care roles and apprenticeships."),
                    null,
                    List.of("Bring the joint recruitment campaign plan to a future meeting"),
                    "scheduled on the forward plan"),
            new Topic("Urgent and Emergency Care Performance",
                    List.of("Four hour performance across the system has deteriorated, with the greatest pressure "
                                    + "at {acute}. Ambulance handover delays have increased.",
                            "A recovery plan has been agreed by the A&E Delivery Board and progress will be monitored "
                                    + "weekly."),
                    List.of("Same day emergency care extended to weekends", "Additional streaming to urgent treatment "
                            + "centres"),
                    List.of("Members asked for assurance on the impact of handover delays on patients waiting in the "
                            + "community."),
                    "That the urgent and emergency care recovery plan be supported.",
                    List.of("Provide assurance on the impact of ambulance handover delays"),
                    "assurance report included in the performance pack"),
            new Topic("Estates Strategy Refresh",
                    List.of("The estates strategy will be refreshed in line with the long term plan and the capital "
                                    + "funding available to the system.",
                            "Health and care hub proposals for {p2} and {p3} are being developed with the councils."),
                    List.of(),
                    List.of("The approach of identifying individual institutions should be replaced by a collective "
                            + "approach to support all hospitals in the system."),
                    null,
                    List.of("Present a detailed report on capital funding and the health and care hub strategy"),
                    "capital bids delayed, report rescheduled"));

    /** Items already running in the action log from earlier meetings. */
    public static final List<String[]> OLDER_LOG_ITEMS = List.of(
            new String[] {"Health & Wellbeing Strategies", "That the Chairs of the Health and Wellbeing Boards "
                    + "collectively review the strategies to identify commonalities across more than one place",
                    "Chairs and leaders have been contacted, responses are awaited"},
            new String[] {"Clinical Commissioning Group Case for Change", "The benefits of merging the CCGs will "
                    + "be tracked and regularly reported to the Partnership Board",
                    "this is not due until after the merger in April. Target revised to reflect this"},
            new String[] {"Care Alliance Update", "Consider Care Alliance attendance at Health and Wellbeing Board "
                    + "meetings and being part of that membership",
                    "will be followed up with the workstream lead"},
            new String[] {"Primary Care Networks", "Report on the development of primary care network clinical "
                    + "directors' role in the ICS", "clinical directors' forum established"},
            new String[] {"Communications and Engagement", "Develop a joint engagement plan with Healthwatch for the "
                    + "system priorities", "draft plan shared with Healthwatch for comment"},
            new String[] {"Elective Recovery", "Provide a breakdown of the elective waiting list by specialty and "
                    + "place, including patients waiting over 52 weeks", "data pack circulated; specialty detail "
                    + "to follow from the acute providers"},
            new String[] {"Discharge to Assess", "Agree the system funding arrangements for discharge to assess "
                    + "beds beyond the end of the national scheme", "proposal considered by the Directors of Finance "
                    + "group, recommendation to follow"},
            new String[] {"Children and Young People", "Report on the single point of access for children's "
                    + "emotional wellbeing services across the three places", "service specification in "
                    + "development with the councils"});
}
