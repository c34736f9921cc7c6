/**
 * Reading the figures bundled with kisoku: one CSV reader for every domain's data files. Not
 * exported from the module: the files are the library's own, and a file that cannot be read is
 * a defect of the build, not of a caller's input.
 */
@NullMarked
package io.github.kisoku.kernel.data;

import org.jspecify.annotations.NullMarked;
