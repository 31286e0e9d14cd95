package org.boardpack.model.decisions;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum DecisionKind {
    @JsonProperty("agreed") AGREED,
    @JsonProperty("resolved") RESOLVED,
    @JsonProperty("approved") APPROVED,
    @JsonProperty("noted") NOTED,
    @JsonProperty("endorsed") ENDORSED,
    @JsonProperty("other") OTHER
}
