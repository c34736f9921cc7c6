/**
 * The command line and the stable JSON Lines interface ({@code kisoku eval}) over the public
 * API of all three domains. The only package that knows picocli, Jackson and Commons CSV; it
 * decides nothing itself, it maps input to the domains' factories and their decisions to text
 * or JSON.
 */
package io.github.kisoku.cli;
