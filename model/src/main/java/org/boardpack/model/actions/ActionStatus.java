package org.boardpack.model.actions;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ActionStatus {
    @JsonProperty("open") OPEN,
    @JsonProperty("closing") CLOSING,
    @JsonProperty("closed") CLOSED,
    @JsonProperty("other") OTHER
}
