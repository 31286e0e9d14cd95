/**
 * Layout measures shared by extractors: line pitch, cells of a line, page furniture.
 */
package org.boardpack.extract.layout;
