package io.github.kisoku.kernel;

/** The languages in which kisoku prints its answers: Japanese (日本語) and English. */
public enum Language {
    /** Japanese (日本語). */
    JA,
    /** English. */
    EN
}
