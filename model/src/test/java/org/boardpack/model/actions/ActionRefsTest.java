package org.boardpack.model.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ActionRefsTest {

    @Test
    void oneReferenceInDifferentDressIsOneKey() {
        assertEquals("31", ActionRefs.key("31"));
        assertEquals("31", ActionRefs.key("031"));
        assertEquals("31", ActionRefs.key("Action 31"));
        assertEquals("31", ActionRefs.key("Ref. 31"));
        assertEquals("31", ActionRefs.key("#31"));
        assertEquals("pb/31", ActionRefs.key("PB/31"));
        assertNull(ActionRefs.key("  "));
        assertNull(ActionRefs.key(null));
    }
}
