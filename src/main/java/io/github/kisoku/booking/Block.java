package io.github.kisoku.booking;

/**
 * One indivisible part of a room (ブロック), e.g. 日本間1号 is block 1 of the room 日本間 at
 * 西公民館. A bookable {@link Unit} covers a set of blocks; two bookings conflict when their
 * blocks meet on the same date and slot. The model follows the live system's "areas made of
 * blocks" (research notes §1.8, OBSERVED → {@code SECONDARY}). Immutable and thread-safe.
 *
 * @param facility the facility's id
 * @param room the room's name within the facility
 * @param number the block's number within the room
 */
public record Block(String facility, String room, int number) implements Comparable<Block> {
    @Override
    public int compareTo(Block o) {
        int c = facility.compareTo(o.facility);
        if (c == 0) {
            c = room.compareTo(o.room);
        }
        return c != 0 ? c : Integer.compare(number, o.number);
    }

    @Override
    public String toString() {
        return facility + "/" + room + "#" + number;
    }
}
