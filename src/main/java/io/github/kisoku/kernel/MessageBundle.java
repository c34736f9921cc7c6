package io.github.kisoku.kernel;

import io.vavr.collection.HashMap;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Map;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The words of a domain in every {@link Language}: one {@code .properties} file per language
 * (UTF-8), e.g. {@code messages_ja.properties} and {@code messages_en.properties} beside the
 * domain's classes. A key is a rule's id, or the id and a variant joined by {@code #}
 * ({@code booking.login.locked#until}); a text names the figures it shows in braces
 * ({@code {failures}}). A key {@code label.<Type>.<CONSTANT>} gives the words for an enum value
 * shown as a figure, {@code label.<Type>.<value as shown>} those for any other value, and
 * {@code list.separator} joins the items of a list; a figure that is a {@link Message} (words that come with the data, such as
 * a room's notes or a category the caller names) is shown in the language of the text.
 *
 * <p>The renderer never fails a caller: a key missing from the bundle shows as the key and its
 * figures, a placeholder without a figure stays as written. The bundle tests fail the build on
 * both. Immutable and thread-safe.
 */
public final class MessageBundle {
    private final String name;
    private final Map<Language, Map<String, String>> texts;

    private MessageBundle(String name, Map<Language, Map<String, String>> texts) {
        this.name = name;
        this.texts = texts;
    }

    /**
     * Loads a bundle that lies beside a class: {@code <baseName>_ja.properties} and
     * {@code <baseName>_en.properties} in the class's package.
     *
     * @param anchor a class of the package that holds the files
     * @param baseName the files' name before the language, e.g. {@code messages}
     * @return the bundle
     * @throws UncheckedIOException if a file is missing or unreadable (a defect of the build)
     */
    public static MessageBundle load(Class<?> anchor, String baseName) {
        Map<Language, Map<String, String>> texts = HashMap.empty();
        for (Language language : Language.values()) {
            texts = texts.put(language, read(anchor, baseName + "_" + language.name().toLowerCase(java.util.Locale.ROOT)
                    + ".properties"));
        }
        return new MessageBundle(anchor.getPackageName() + "." + baseName, texts);
    }

    private static Map<String, String> read(Class<?> anchor, String file) {
        try (InputStream in = anchor.getResourceAsStream(file)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("missing message bundle " + file));
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return HashMap.ofEntries(p.stringPropertyNames().stream()
                    .map(k -> io.vavr.Tuple.of(k, p.getProperty(k))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@return the bundle's name, e.g. {@code io.github.kisoku.booking.messages}} */
    public String name() {
        return name;
    }

    /**
     * The keys of one language.
     *
     * @param language the language
     * @return its keys
     */
    public Set<String> keys(Language language) {
        return texts.get(Require.nonNull(language, "language")).map(Map::keySet).getOrElse(LinkedHashSet.empty());
    }

    /**
     * The text of a key as written in the bundle, placeholders included.
     *
     * @param language the language
     * @param key the key
     * @return the text, if the bundle has the key
     */
    public Option<String> raw(Language language, String key) {
        return texts.get(Require.nonNull(language, "language")).flatMap(m -> m.get(key));
    }

    /**
     * The names a text shows in braces, in order of appearance.
     *
     * @param text a text of the bundle
     * @return the placeholders' names
     */
    public static Set<String> placeholders(String text) {
        Set<String> names = LinkedHashSet.empty();
        int open = text.indexOf('{');
        while (open >= 0) {
            int close = text.indexOf('}', open);
            if (close < 0) {
                break;
            }
            names = names.add(text.substring(open + 1, close));
            open = text.indexOf('{', close);
        }
        return names;
    }

    /**
     * A text of the bundle in every language, with its figures: for words that are neither a
     * reason nor a problem (the name of a document, a step of a timeline). Figures are shown as in
     * a reason's text.
     *
     * @param key the key
     * @param figures names and values, alternating; a name is a {@code String}
     * @return the message; a key missing from the bundle shows as the key and its figures
     */
    public Message message(String key, Object... figures) {
        Require.notBlank(key, "key");
        Figures shown = Figures.ofPairs(figures);
        return Message.of(render(Language.JA, key, shown), render(Language.EN, key, shown));
    }

    /**
     * The label of an enum constant in every language, from the bundle's
     * {@code label.<Type>.<CONSTANT>}: the words an edge shows for a status, a method, a
     * treatment. A constant without a label shows as its name.
     *
     * @param value the constant
     * @return its words
     */
    public Message label(Enum<?> value) {
        Require.nonNull(value, "value");
        return Message.of(show(Language.JA, value), show(Language.EN, value));
    }

    /** {@return the kernel's own bundle: the labels of {@link Confidence} and {@link Rounding}, the words of input problems} */
    public static MessageBundle kernel() {
        return InputProblem.INTERNAL.words();
    }

    /**
     * Writes a key's text with its figures. A figure whose value is an enum constant is shown by
     * the bundle's {@code label.<Type>.<CONSTANT>} when there is one; a {@link Message} in the
     * language asked for; a Vavr {@code Lazy} as the value it computes; a {@link Phrase} as its
     * parts, each shown by these rules, joined by spaces; a Vavr {@code Seq} as its items, each shown by these rules, joined by the
     * bundle's {@code list.separator} (", " without one); any other value by the bundle's
     * {@code label.<Type>.<shown>} when there is one (e.g. {@code label.Grade.1級=grade 1}), else as
     * {@link String#valueOf(Object)} gives it (yen with grouping, dates as ISO).
     *
     * @param language the language
     * @param key the rule's id, or id and variant joined by {@code #}
     * @param figures the figures
     * @return the text
     */
    String render(Language language, String key, Figures figures) {
        Option<String> text = raw(language, key);
        if (text.isEmpty()) {
            StringBuilder shown = new StringBuilder(key);
            for (int i = 0; i < figures.size(); i++) {
                shown.append(i == 0 ? " " : ", ").append(figures.name(i)).append('=').append(show(language, figures.value(i)));
            }
            return shown.toString();
        }
        String t = text.get();
        if (t.indexOf('{') < 0) {
            return t;
        }
        StringBuilder out = new StringBuilder(t.length() + 16);
        int from = 0;
        int open = t.indexOf('{');
        while (open >= 0) {
            int close = t.indexOf('}', open);
            if (close < 0) {
                break;
            }
            out.append(t, from, open);
            String figure = t.substring(open + 1, close);
            Object value = null;
            for (int i = 0; i < figures.size(); i++) {
                if (figures.name(i).equals(figure)) {
                    value = figures.value(i);
                    break;
                }
            }
            if (value == null) {
                out.append(t, open, close + 1);
            } else {
                out.append(show(language, value));
            }
            from = close + 1;
            open = t.indexOf('{', from);
        }
        return out.append(t, from, t.length()).toString();
    }

    /**
     * A value as plain text, in no language: how {@link Figures#shown()} shows a figure and how a
     * log line or a program that chose no language may show a value. A lazy value is computed; a
     * list's items are joined by commas; a {@link Message} shows both texts, Japanese first; a
     * {@link Phrase} its parts with the Japanese of each; anything else as
     * {@link String#valueOf(Object)} gives it.
     *
     * @param value the value
     * @return the text
     */
    public static String plain(Object value) {
        Object v = value instanceof io.vavr.Lazy<?> lazy ? lazy.get() : value;
        if (v instanceof io.vavr.collection.Seq<?> items) {
            return items.map(MessageBundle::plain).mkString(", ");
        }
        if (v instanceof Message m) {
            return m.ja() + " / " + m.en();
        }
        if (v instanceof Phrase p) {
            // in no language: the Japanese of each part, as the law writes it
            return p.parts().map(part -> part instanceof Message m ? m.ja() : plain(part)).mkString(" ");
        }
        return String.valueOf(v);
    }

    private String show(Language language, Object value) {
        if (value instanceof io.vavr.Lazy<?> lazy) {
            return show(language, lazy.get());
        }
        if (value instanceof Phrase phrase) {
            return phrase.parts().map(part -> show(language, part)).mkString(" ");
        }
        if (value instanceof Enum<?> e) {
            return raw(language, "label." + e.getDeclaringClass().getSimpleName() + "." + e.name()).getOrElse(e.name());
        }
        if (value instanceof Message m) {
            return m.in(language);
        }
        if (value instanceof io.vavr.collection.Seq<?> items) {
            String separator = raw(language, "list.separator").getOrElse(", ");
            return items.map(item -> show(language, item)).mkString(separator);
        }
        String shown = String.valueOf(value);
        return raw(language, "label." + value.getClass().getSimpleName() + "." + shown).getOrElse(shown);
    }

    @Override
    public String toString() {
        return "MessageBundle(" + name + ")";
    }
}
