/**
 * The command line and the stable JSON Lines interface ({@code kisoku eval}) over the public
 * API of all three domains. With the HTTP server ({@code io.github.kisoku.server}, which reaches
 * the case mapping through {@link io.github.kisoku.cli.Contract}) the only package that knows
 * picocli, Jackson and Commons CSV; it decides nothing itself, it maps input to the domains'
 * factories and their decisions to text or JSON. The answers follow {@code answer.schema.json} beside these classes (version in its
 * {@code $id}); the commands and case fields are described in {@code docs/cli.md}.
 */
package io.github.kisoku.cli;
