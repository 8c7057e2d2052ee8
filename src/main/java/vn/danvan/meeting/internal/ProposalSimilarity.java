package vn.danvan.meeting.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.danvan.shared.text.VietnameseText;

/**
 * Suggests proposals that are likely the same one said twice ("tăng cường tuyên truyền, vận động nhân dân bàn giao
 * mặt bằng" and "đẩy mạnh tuyên truyền vận động người dân bàn giao mặt bằng"): the similarity of two texts is the
 * Jaccard index of their character trigrams after folding case and diacritics, computed like PostgreSQL's pg_trgm
 * (each word padded with two spaces in front and one behind). The board decides; this only suggests.
 */
final class ProposalSimilarity {

    /**
     * Two proposals whose similarity reaches this are suggested as likely duplicates. pg_trgm's own default is 0.3;
     * proposals are longer than search words and share the vocabulary of the field, so the bar is higher.
     */
    static final double LIKELY_DUPLICATE = 0.4;

    private ProposalSimilarity() {}

    /** From 0 (nothing in common) to 1 (the same words, whatever the diacritics and case). */
    static double of(String a, String b) {
        return jaccard(trigrams(a), trigrams(b));
    }

    static Set<String> trigrams(String text) {
        Set<String> result = new HashSet<>();
        for (String word : VietnameseText.fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            String padded = "  " + word + " ";
            for (int i = 0; i + 3 <= padded.length(); i++) {
                result.add(padded.substring(i, i + 3));
            }
        }
        return result;
    }

    /**
     * Groups of two or more items that are likely duplicates, by transitive closure of pairs at or above
     * {@link #LIKELY_DUPLICATE}, in the order the items were given.
     */
    static <T> List<List<T>> likelyDuplicates(List<T> items, Function<T, String> text) {
        int n = items.size();
        int[] parent = new int[n];
        List<Set<String>> grams = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            grams.add(trigrams(text.apply(items.get(i))));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (jaccard(grams.get(i), grams.get(j)) >= LIKELY_DUPLICATE) {
                    parent[find(parent, j)] = find(parent, i);
                }
            }
        }
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(items.get(i));
        }
        return groups.values().stream().filter(g -> g.size() > 1).toList();
    }

    private static double jaccard(Set<String> ta, Set<String> tb) {
        if (ta.isEmpty() && tb.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String t : ta) {
            if (tb.contains(t)) {
                common++;
            }
        }
        return (double) common / (ta.size() + tb.size() - common);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
