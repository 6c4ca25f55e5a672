package com.creatorcompass.recommend.features;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms one video contributes to its creator's topic profile (docs/recommendations.md): each
 * hashtag as "#tag", and each caption word of three or more letters that is not a stop word
 * (hashtags, mentions and links are taken out of the caption first).
 */
public final class Terms {

    private static final Pattern NOT_WORDS = Pattern.compile("(?:[#@]\\S+|https?://\\S+)");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> STOP_WORDS = Set.of(
            "the", "and", "for", "with", "you", "your", "this", "that", "are", "was", "were", "but", "not", "all",
            "can", "our", "out", "just", "how", "what", "when", "who", "why", "new", "get", "got", "one", "from",
            "have", "has", "had", "its", "it's", "they", "them", "their", "his", "her", "she", "him", "about", "video",
            "videos", "part", "follow", "like", "day", "today", "more", "here", "there", "then", "than", "into", "onto",
            "over", "some", "any", "very", "too", "also", "will", "would", "could", "should", "der", "die", "das",
            "und", "mit", "ist", "ein", "eine", "los", "las", "una", "por", "para", "con");

    private Terms() {}

    public static Set<String> of(String caption, List<String> hashtags) {
        Set<String> terms = new LinkedHashSet<>();
        hashtags.forEach(tag -> terms.add("#" + tag.toLowerCase(Locale.ROOT)));
        if (caption != null) {
            for (String word : SEPARATORS.split(
                    NOT_WORDS.matcher(caption.toLowerCase(Locale.ROOT)).replaceAll(" "))) {
                if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
                    terms.add(word);
                }
            }
        }
        return terms;
    }

    /** How a term reads in a reason: hashtags keep their '#', words are quoted. */
    public static String display(String term) {
        return term.startsWith("#") ? term : "\u201c" + term + "\u201d";
    }
}
