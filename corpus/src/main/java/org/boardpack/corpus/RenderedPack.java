package org.boardpack.corpus;

import org.boardpack.model.PackRecord;

/** A rendered sample: its file stem ({@code nhs-partnership-2020-12-09}), PDF bytes and known answers. */
public record RenderedPack(String name, byte[] pdf, PackRecord answers) {
}
