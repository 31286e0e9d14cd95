/**
 * The JSON API under {@code /api/}: the same answers as the command line's {@code --json}
 * outputs, made by the application layer's answer classes, and the OpenAPI document describing
 * them ({@code /api/openapi.json}).
 */
package org.boardpack.web.api;
