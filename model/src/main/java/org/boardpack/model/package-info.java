/**
 * The {@code boardpack/1} codec. The record types themselves ({@code PackRecord}, {@code Meeting},
 * {@code Action} …) live in this module under the package names they were published with
 * ({@code org.boardpack.extract…}), so code written against them needs no change; this module has
 * no parser, so the index, the application layer and a distributed job can depend on it alone.
 */
package org.boardpack.model;
