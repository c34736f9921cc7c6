package io.github.kisoku.kernel;

import io.vavr.collection.Array;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Vector;
import io.vavr.control.Option;

/**
 * The figures (数値) a reason or a problem used, named and in the order given: ages, amounts,
 * dates, ids, lists. They are values, not text; a bundle shows them when the words are read, and
 * {@link #shown()} gives them as plain text.
 *
 * <p>A value is equal to another with the same names and values in the same order. Immutable and
 * thread-safe; made through {@link #none()} and {@link #and(String, Object)}. Up to three figures
 * are held in one small object, as an array of them would be: a decision carries about ten
 * reasons of two or three figures each.
 */
public sealed interface Figures permits NoFigures, OneFigure, TwoFigures, ThreeFigures, ManyFigures {

    /** {@return no figures} */
    static Figures none() {
        return NoFigures.NONE;
    }

    /**
     * One figure.
     *
     * @param name its name, e.g. {@code amount}
     * @param value its value
     * @return the figures
     */
    static Figures of(String name, Object value) {
        return new OneFigure(Require.notBlank(name, "figure name"), Require.nonNull(value, name));
    }

    /**
     * Two figures, in order; as {@code of(name1, value1).and(name2, value2)}, made as one object.
     *
     * @param name1 the first figure's name
     * @param value1 the first figure
     * @param name2 the second figure's name
     * @param value2 the second figure
     * @return the figures
     */
    static Figures of(String name1, Object value1, String name2, Object value2) {
        Require.notBlank(name1, "figure name");
        Require.nonNull(value1, name1);
        if (name1.equals(name2)) {
            return of(name2, value2);
        }
        return new TwoFigures(name1, value1, Require.notBlank(name2, "figure name"), Require.nonNull(value2, name2));
    }

    /**
     * Three figures, in order; as {@code of(name1, value1).and(name2, value2).and(name3, value3)},
     * made as one object.
     *
     * @param name1 the first figure's name
     * @param value1 the first figure
     * @param name2 the second figure's name
     * @param value2 the second figure
     * @param name3 the third figure's name
     * @param value3 the third figure
     * @return the figures
     */
    static Figures of(String name1, Object value1, String name2, Object value2, String name3, Object value3) {
        Require.notBlank(name1, "figure name");
        Require.notBlank(name2, "figure name");
        if (name1.equals(name2) || name1.equals(name3) || name2.equals(name3)) {
            return of(name1, value1, name2, value2).and(name3, value3);
        }
        return new ThreeFigures(name1, Require.nonNull(value1, name1), name2, Require.nonNull(value2, name2),
                Require.notBlank(name3, "figure name"), Require.nonNull(value3, name3));
    }

    /**
     * Figures from names and values, alternating.
     *
     * @param namesAndValues a name (a {@code String}), its value, the next name…; a name given
     *     twice keeps its place and takes the later value
     * @return the figures
     * @throws InvalidInputException when a name is blank or not text, or a value is missing
     */
    static Figures ofPairs(Object... namesAndValues) {
        Require.nonNull(namesAndValues, "figures");
        if (namesAndValues.length % 2 != 0) {
            throw InvalidInputException.of(io.vavr.collection.List.of(Problem.of(InputProblem.INVALID, "figures")));
        }
        Figures all = none();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (!(namesAndValues[i] instanceof String name)) {
                throw InvalidInputException.of(io.vavr.collection.List.of(Problem.of(InputProblem.INVALID, "figure name")));
            }
            all = all.and(name, namesAndValues[i + 1]);
        }
        return all;
    }

    /**
     * These figures and one more after them; a figure of a name already given takes its place
     * instead, as a map's put does.
     *
     * @param name the figure's name, e.g. {@code amount}
     * @param value the figure, immutable: a number, {@link Yen}, date, enum constant, list, …
     * @return the figures with the new one
     */
    default Figures and(String name, Object value) {
        if (isEmpty()) {
            return of(name, value);
        }
        for (int i = 0; i < size(); i++) {
            if (name(i).equals(name)) {
                return replaced(i, value);
            }
        }
        return appended(name, value);
    }

    /**
     * These figures and two more, in order; the same as two calls of {@link #and}, made in one step.
     *
     * @param name1 the first figure's name
     * @param value1 the first figure
     * @param name2 the second figure's name
     * @param value2 the second figure
     * @return the figures with the new ones
     */
    default Figures and(String name1, Object value1, String name2, Object value2) {
        if (!fresh(name1) || !fresh(name2) || name1.equals(name2)) {
            return and(name1, value1).and(name2, value2);
        }
        Require.nonNull(value1, name1);
        Require.nonNull(value2, name2);
        // one figure and two more, the usual case, made as one object
        return size() == 1 ? new ThreeFigures(name(0), value(0), name1, value1, name2, value2)
                : appendedAll(new Object[] {name1, value1, name2, value2});
    }

    /**
     * These figures and three more, in order; the same as three calls of {@link #and}, made in one
     * step.
     *
     * @param name1 the first figure's name
     * @param value1 the first figure
     * @param name2 the second figure's name
     * @param value2 the second figure
     * @param name3 the third figure's name
     * @param value3 the third figure
     * @return the figures with the new ones
     */
    default Figures and(String name1, Object value1, String name2, Object value2, String name3, Object value3) {
        return fresh(name1) && fresh(name2) && fresh(name3) && !name1.equals(name2) && !name1.equals(name3)
                && !name2.equals(name3)
                ? appendedAll(new Object[] {name1, Require.nonNull(value1, name1), name2, Require.nonNull(value2, name2),
                    name3, Require.nonNull(value3, name3)})
                : and(name1, value1).and(name2, value2).and(name3, value3);
    }

    /**
     * Whether a name is a figure's name to come: not blank, and not one of these figures'.
     *
     * @param name the name
     * @return true when it is not given yet
     */
    default boolean fresh(String name) {
        Require.notBlank(name, "figure name");
        return !has(name);
    }

    /**
     * These figures with more at the end, their names new; {@link #and} is the one to use.
     *
     * @param namesAndValues the new names and values, alternating, checked
     * @return the figures
     */
    default Figures appendedAll(Object[] namesAndValues) {
        int given = size();
        int total = given + namesAndValues.length / 2;
        if (total <= 3) {
            Figures all = this;
            for (int i = 0; i < namesAndValues.length; i += 2) {
                all = all.appended((String) namesAndValues[i], namesAndValues[i + 1]);
            }
            return all;
        }
        Object[] all = new Object[total * 2];
        for (int i = 0; i < given; i++) {
            all[2 * i] = name(i);
            all[2 * i + 1] = value(i);
        }
        System.arraycopy(namesAndValues, 0, all, given * 2, namesAndValues.length);
        return new ManyFigures(Wrapped.array(all));
    }

    /**
     * These figures with one more at the end, even when its name is given already; {@link #and}
     * is the one to use.
     *
     * @param name the new name
     * @param value its value
     * @return the figures
     */
    Figures appended(String name, Object value);

    /**
     * These figures with another value in one place; for {@link #and}.
     *
     * @param index the place
     * @param value the new value
     * @return the figures
     */
    default Figures replaced(int index, Object value) {
        Figures all = none();
        for (int i = 0; i < size(); i++) {
            all = all.appended(name(i), i == index ? value : value(i));
        }
        return all;
    }

    /** {@return how many figures there are} */
    int size();

    /**
     * A figure's name.
     *
     * @param index its place, from 0
     * @return the name
     */
    String name(int index);

    /**
     * A figure's value.
     *
     * @param index its place, from 0
     * @return the value, as given
     */
    Object value(int index);

    /** {@return whether there are no figures} */
    default boolean isEmpty() {
        return size() == 0;
    }

    /**
     * The value of the figure of a name.
     *
     * @param name the figure's name
     * @return its value, or none when no figure has that name
     */
    default Option<Object> valueOf(String name) {
        for (int i = 0; i < size(); i++) {
            if (name(i).equals(name)) {
                return Option.some(value(i));
            }
        }
        return Option.none();
    }

    /**
     * Whether a figure has a name.
     *
     * @param name the figure's name
     * @return true when one has
     */
    default boolean has(String name) {
        // by index, not through valueOf: its Option would be the only allocation of a check
        for (int i = 0; i < size(); i++) {
            if (name(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figure of a name as plain text, as {@link #shown()} gives it.
     *
     * @param name the figure's name
     * @return the text, or none when no figure has that name
     */
    default Option<String> get(String name) {
        return valueOf(name).map(MessageBundle::plain);
    }

    /**
     * The figures as plain text, in no language, in the order given: a lazy figure computed, a
     * list's items joined by commas, a message or a phrase as its {@code toString} shows it.
     *
     * @return the text of each figure, by name
     */
    default Map<String, String> shown() {
        Map<String, String> shown = LinkedHashMap.empty();
        for (int i = 0; i < size(); i++) {
            shown = shown.put(name(i), MessageBundle.plain(value(i)));
        }
        return shown;
    }

    /** {@return the figures' names, in order} */
    default Seq<String> names() {
        Vector<String> names = Vector.empty();
        for (int i = 0; i < size(); i++) {
            names = names.append(name(i));
        }
        return names;
    }

}

/** No figures. */
record NoFigures() implements Figures {
    static final NoFigures NONE = new NoFigures();

    @Override
    public Figures appended(String name, Object value) {
        return new OneFigure(Require.notBlank(name, "figure name"), Require.nonNull(value, name));
    }

    @Override
    public int size() {
        return 0;
    }

    @Override
    public String name(int index) {
        throw new IndexOutOfBoundsException(index);
    }

    @Override
    public Object value(int index) {
        throw new IndexOutOfBoundsException(index);
    }
}

/** One figure. */
record OneFigure(String n1, Object v1) implements Figures {
    @Override
    public Figures appended(String name, Object value) {
        return new TwoFigures(n1, v1, Require.notBlank(name, "figure name"), Require.nonNull(value, name));
    }

    @Override
    public int size() {
        return 1;
    }

    @Override
    public String name(int index) {
        java.util.Objects.checkIndex(index, 1);
        return n1;
    }

    @Override
    public Object value(int index) {
        java.util.Objects.checkIndex(index, 1);
        return v1;
    }
}

/** Two figures. */
record TwoFigures(String n1, Object v1, String n2, Object v2) implements Figures {
    @Override
    public Figures appended(String name, Object value) {
        return new ThreeFigures(n1, v1, n2, v2, Require.notBlank(name, "figure name"), Require.nonNull(value, name));
    }

    @Override
    public int size() {
        return 2;
    }

    @Override
    public String name(int index) {
        return java.util.Objects.checkIndex(index, 2) == 0 ? n1 : n2;
    }

    @Override
    public Object value(int index) {
        return java.util.Objects.checkIndex(index, 2) == 0 ? v1 : v2;
    }
}

/** Three figures. */
record ThreeFigures(String n1, Object v1, String n2, Object v2, String n3, Object v3) implements Figures {
    @Override
    public Figures appended(String name, Object value) {
        return new ManyFigures(Wrapped.array(new Object[] {n1, v1, n2, v2, n3, v3, Require.notBlank(name, "figure name"),
            Require.nonNull(value, name)}));
    }

    @Override
    public int size() {
        return 3;
    }

    @Override
    public String name(int index) {
        return switch (java.util.Objects.checkIndex(index, 3)) {
            case 0 -> n1;
            case 1 -> n2;
            default -> n3;
        };
    }

    @Override
    public Object value(int index) {
        return switch (java.util.Objects.checkIndex(index, 3)) {
            case 0 -> v1;
            case 1 -> v2;
            default -> v3;
        };
    }
}

/** Four figures or more: names and values alternating, in a Vavr array (equal by content). */
record ManyFigures(Array<Object> namesAndValues) implements Figures {
    @Override
    public Figures appended(String name, Object value) {
        return appendedAll(new Object[] {Require.notBlank(name, "figure name"), Require.nonNull(value, name)});
    }

    @Override
    public int size() {
        return namesAndValues.size() / 2;
    }

    @Override
    public String name(int index) {
        return (String) namesAndValues.get(2 * java.util.Objects.checkIndex(index, size()));
    }

    @Override
    public Object value(int index) {
        return namesAndValues.get(2 * java.util.Objects.checkIndex(index, size()) + 1);
    }
}
