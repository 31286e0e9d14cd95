package org.boardpack.model.documents;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The kinds of paper a pack is made of. */
public enum DocumentType {
    @JsonProperty("agenda") AGENDA,
    @JsonProperty("minutes") MINUTES,
    @JsonProperty("action_log") ACTION_LOG,
    @JsonProperty("cover_sheet") COVER_SHEET,
    @JsonProperty("report") REPORT,
    @JsonProperty("appendix") APPENDIX,
    @JsonProperty("other") OTHER
}
