package uk.safeshare.shared;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** ISO 3166-1 alpha-2 countries and ISO 639-1 languages, with English names, from the JDK's own tables. */
public final class IsoCodes {

    private static final Map<String, String> COUNTRIES = sortedByName(Locale.getISOCountries(),
            code -> Locale.of("", code).getDisplayCountry(Locale.UK));
    private static final Map<String, String> LANGUAGES = sortedByName(Locale.getISOLanguages(),
            code -> Locale.of(code).getDisplayLanguage(Locale.UK));

    private IsoCodes() {
    }

    public static Map<String, String> countries() {
        return COUNTRIES;
    }

    public static Map<String, String> languages() {
        return LANGUAGES;
    }

    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.containsKey(code);
    }

    public static boolean isLanguage(String code) {
        return code != null && LANGUAGES.containsKey(code);
    }

    public static String countryName(String code) {
        return COUNTRIES.getOrDefault(code, code);
    }

    public static String languageName(String code) {
        return LANGUAGES.getOrDefault(code, code);
    }

    private static Map<String, String> sortedByName(String[] codes, java.util.function.Function<String, String> name) {
        Map<String, String> map = new LinkedHashMap<>();
        Set.of(codes).stream()
                .sorted(Comparator.comparing(name))
                .forEach(code -> map.put(code, name.apply(code)));
        return java.util.Collections.unmodifiableMap(map);
    }
}
