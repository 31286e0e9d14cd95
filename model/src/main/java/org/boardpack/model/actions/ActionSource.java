package org.boardpack.model.actions;

import com.fasterxml.jackson.annotation.JsonProperty;

public enum ActionSource {
    @JsonProperty("minutes") MINUTES,
    @JsonProperty("action_log") ACTION_LOG
}
