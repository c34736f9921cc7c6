package io.github.kisoku.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;

/**
 * The one check of enum labels, shared by each domain's bundle test: every constant of each enum
 * has a label ({@code label.<Type>.<CONSTANT>}) in both languages, none blank, none the
 * constant's name, and no two constants of an enum read the same. The labels are the only words
 * of an enum: enums carry no text of their own.
 */
public final class Labels {
    private Labels() {
    }

    /**
     * Checks the labels of enums in a bundle.
     *
     * @param words the domain's bundle
     * @param types the enums whose constants it labels
     */
    @SafeVarargs
    public static void check(MessageBundle words, Class<? extends Enum<?>>... types) {
        for (Class<? extends Enum<?>> type : types) {
            for (Language language : Language.values()) {
                List<String> seen = List.empty();
                for (Enum<?> e : type.getEnumConstants()) {
                    String key = "label." + type.getSimpleName() + "." + e.name();
                    String label = words.raw(language, key).getOrElse("");
                    assertThat(label).as("%s in %s", key, language).isNotBlank().isNotEqualTo(e.name());
                    assertThat(seen).as("%s in %s reads as another constant", key, language).doesNotContain(label);
                    seen = seen.append(label);
                }
            }
        }
    }
}
