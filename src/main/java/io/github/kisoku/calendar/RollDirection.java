package io.github.kisoku.calendar;

/** Which way a deadline moves when it falls on a closed day. */
public enum RollDirection {
    /** To the next open day (翌日に延長), as 民法142条 and 地方税法20条の5第2項 do. */
    FORWARD,
    /** Back to the last open day before it (前倒し), as some payment deadlines of facilities do. */
    BACKWARD
}
