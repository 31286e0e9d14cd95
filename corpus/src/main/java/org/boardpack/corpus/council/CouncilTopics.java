package org.boardpack.corpus.council;

import java.util.List;

/**
 * Minute items in the register of council committee minutes ("The Board considered a report
 * that ..."). {@code {area}} is replaced by the council's area. Resolutions are printed with
 * "; and" / ";" list glue that the answers leave out.
 */
public final class CouncilTopics {

    private CouncilTopics() {
    }

    public record Topic(String title, List<String> paragraphs, List<String> resolutions, String agendaDescription) {
    }

    public static final List<Topic> ALL = List.of(
            new Topic("Joint Strategic Needs Assessment Executive Summary",
                    List.of("The Board considered a report that provided a summary of the health and wellbeing "
                                    + "needs in {area} and the areas which required further focus.",
                            "The proposed areas of focus included improving the emotional health of children and "
                                    + "young people, the prevention of falls and reducing social isolation."),
                    List.of("that the Executive Summary of the Joint Strategic Needs Assessment for {area} be endorsed",
                            "that the areas of focus requiring action across the system be incorporated into a "
                                    + "refreshed strategy"),
                    "To consider the Joint Strategic Needs Assessment Executive Summary."),
            new Topic("Reducing Excess Weight",
                    List.of("The Board considered a report and received a presentation that provided an update on "
                                    + "the actions being taken to reduce excess weight, particularly in the context of "
                                    + "reducing the prevalence of diabetes.",
                            "There was concern that actions for preventing diabetes were not being progressed as "
                                    + "quickly as in statistical neighbours."),
                    List.of("that a report be submitted to a future meeting of the Board providing clear defined "
                            + "recommendations"),
                    "To receive an update on the Excess Weight Partnership Strategy."),
            new Topic("Better Care Fund Plan",
                    List.of("The Board considered a report that provided an update on the development of the Better "
                                    + "Care Fund Plan and the planned use of the improved better care fund.",
                            "Members noted the delivery of the previous year's plan and the quarter 4 monitoring "
                                    + "return."),
                    List.of("that the latest policy framework in respect of the Better Care Fund Plan and the "
                                    + "progress made on developing the plan be noted",
                            "that the end of year progress against the Better Care Fund Plan be noted",
                            "that the Quarter 4 monitoring template submitted to NHS England be endorsed"),
                    "To receive the Integration and Better Care Fund Plan and an update on its mobilisation."),
            new Topic("Child and Adolescent Mental Health Services Local Transformation Plan",
                    List.of("The Board considered a report that provided an update on the Local Transformation Plan "
                                    + "for Children and Young People's Mental Health.",
                            "The Clinical Commissioning Group was working closely with the Children's Leadership "
                                    + "Board to improve the mental health of children and young people in {area}."),
                    List.of("that the progress being made towards developing a local transformation plan be noted "
                            + "and to report back to the next meeting with the updated action plan"),
                    "To consider the Child and Adolescent Mental Health Services Local Transformation Plan."),
            new Topic("Health and Wellbeing Strategy Performance",
                    List.of("The Board considered a report that presented the latest performance data in the "
                                    + "priority areas of the Joint Health and Wellbeing Strategy.",
                            "It was noted that some of the data collected was two to three years old and was no "
                                    + "longer relevant."),
                    List.of("that the actions identified for the Board outlined on each scorecard be noted",
                            "that the scorecard be updated with relevant data and presented to the next meeting"),
                    "To receive the latest performance scorecard."),
            new Topic("Pharmaceutical Needs Assessment",
                    List.of("The Board considered the draft Pharmaceutical Needs Assessment, which it is required "
                                    + "to publish every three years.",
                            "Consultation with pharmacies, dispensing practices and the public would run for sixty "
                                    + "days."),
                    List.of("that the draft Pharmaceutical Needs Assessment be approved for consultation"),
                    "To approve the draft Pharmaceutical Needs Assessment for consultation."),
            new Topic("Suicide Prevention Plan",
                    List.of("The Board received a presentation on the draft suicide prevention plan developed by the "
                                    + "multi-agency steering group.",
                            "The plan identified seven action areas, including support for people bereaved by "
                                    + "suicide and training for frontline staff."),
                    List.of("that the seven action areas of the draft plan be supported",
                            "that partners nominate a lead officer to the steering group"),
                    "To consider the draft Suicide Prevention Plan."));

    public static final List<String[]> WORK_ITEMS = List.of(
            new String[] {"Children and Young People's Plan", "To approve the Children and Young People's Plan."},
            new String[] {"Health and Wellbeing Scorecard", "To receive the latest performance monitoring of the "
                    + "progress in delivering the priorities in the Health and Wellbeing Strategy"},
            new String[] {"Local Safeguarding Children Board Annual Report", "To receive the annual report from the "
                    + "Local Safeguarding Children Board."},
            new String[] {"Refresh of the Joint Health and Wellbeing Strategy", "To receive an update on the refresh "
                    + "of the Joint Health and Wellbeing Strategy."},
            new String[] {"Drugs and Alcohol and Mental Health Services", "To receive an update on how the services "
                    + "are working together."},
            new String[] {"Improving Outcomes for Frail Older People", "To receive an update on the outcomes for frail "
                    + "older people."},
            new String[] {"Director of Public Health's Annual Report", "To consider the actions to deliver the "
                    + "improvements identified within the Director of Public Health's Annual Report."},
            new String[] {"Welfare Reform", "To receive an update on the impact of welfare reform."},
            new String[] {"Primary Care Service Development", "To provide a progress update on Primary Care Service "
                    + "Development."});
}
