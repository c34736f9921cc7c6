/**
 * The HTTP API ({@code kisoku serve}, {@code docs/http.md}): the edge beside the command line,
 * sharing its case mapping through {@link io.github.kisoku.cli.Contract}, so an answer over HTTP is
 * the answer of {@code kisoku eval}. The only package that knows Javalin and Jetty; it decides
 * nothing itself. Its OpenAPI 3.1 description is {@code openapi.json} beside these classes.
 */
package io.github.kisoku.server;
