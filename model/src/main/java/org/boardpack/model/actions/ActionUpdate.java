package org.boardpack.model.actions;

/** A dated progress note from an action log's comments column. */
public record ActionUpdate(String date, String text) {
}
