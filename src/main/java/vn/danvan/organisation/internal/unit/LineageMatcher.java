package vn.danvan.organisation.internal.unit;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import vn.danvan.organisation.LineageGapView.Reason;
import vn.danvan.organisation.UnitKind;
import vn.danvan.organisation.UnitLevel;
import vn.danvan.organisation.internal.unit.FormedFromText.Fragment;
import vn.danvan.organisation.internal.unit.UnitDatasets.Formation;
import vn.danvan.organisation.internal.unit.UnitDatasets.SourceUnit;

/**
 * Ties every unit created on 1 July 2025 to the old units it was formed from, by reading its published "formed
 * from" text ({@link FormedFromText}). It never guesses: a piece of text that fits no old unit, or several that
 * nothing in the text tells apart, becomes a {@link Gap} for an administrator.
 *
 * <p>Provinces: every old province must go into exactly one current province, or the import fails. Communes: a
 * piece is looked up among the old communes of the old provinces that merged into the successor's province, by
 * kind and name, from the strictest spelling to the loosest ({@link NameKeys}); several candidates are told apart
 * by the district named in parentheses, then by the successor's own code (a new unit often keeps the statistics code
 * of one of its predecessors), then by the old district(s) where the text's other units lie.
 */
final class LineageMatcher {

    /** Why a link was made; kept with the link so that doubtful rules can be reviewed. */
    enum MatchRule {
        /** "giữ nguyên": the old unit with the same code. */
        UNCHANGED,
        /** An old province by name. */
        PROVINCE_NAME,
        /** Kind and name, diacritics included (tone mark placement aside). */
        NAME,
        /** Kind and name without diacritics. */
        FOLDED_NAME,
        /** Kind and name ignoring spaces, apostrophes, hyphens, i/y and "Nông trường"/"NT". */
        LOOSE_NAME,
        /** Name only: the text gives another kind than the dataset ("Xã Đắc Sơn" for Phường Đắc Sơn). */
        OTHER_KIND,
        /** Several by name; the district in parentheses leaves one. */
        DISTRICT_HINT,
        /** Several by name; one has the successor's own code. */
        SAME_CODE,
        /** Several by name; one lies in the old district of the text's other units. */
        SIBLING_DISTRICT
    }

    record Link(String successorId, String predecessorId, boolean partial, MatchRule rule) {}

    record Gap(String successorId, String fragment, Reason reason, List<String> candidateIds) {}

    /**
     * @param currentProvinceOf old province code → the current province code it merged into
     * @param formedFrom current unit code → its published text
     * @param communeFragments pieces of commune texts read ("giữ nguyên" counts as one)
     */
    record Result(
            Map<String, String> currentProvinceOf,
            Map<String, String> formedFrom,
            List<Link> links,
            List<Gap> gaps,
            int communeFragments) {

        Map<MatchRule, Long> linksByRule() {
            return links.stream()
                    .collect(Collectors.groupingBy(
                            Link::rule, () -> new EnumMap<>(MatchRule.class), Collectors.counting()));
        }

        long gaps(Reason reason) {
            return gaps.stream().filter(g -> g.reason() == reason).count();
        }
    }

    private static final Map<String, String> PROVINCE_ALIASES = Map.of(
            "tphcm", "ho chi minh", "tp hcm", "ho chi minh", "hcm", "ho chi minh", "tp ho chi minh", "ho chi minh");

    private LineageMatcher() {}

    static String oldId(String code) {
        return "old-" + code;
    }

    static Result match(UnitDatasets.Parsed datasets) {
        Map<String, SourceUnit> currentProvinces = byCode(datasets.currentProvinces());
        Map<String, SourceUnit> currentCommunes = byCode(datasets.currentCommunes());
        List<Link> links = new ArrayList<>();
        List<Gap> gaps = new ArrayList<>();
        Map<String, String> formedFrom = new HashMap<>();

        Map<String, String> currentProvinceOf = new HashMap<>();
        for (Formation formation : datasets.formations()) {
            if (!formation.isProvince()) {
                continue;
            }
            SourceUnit province = currentUnit(formation, currentProvinces, datasets.currentProvinces());
            if (province == null) {
                throw new IllegalStateException("No current province for the published text of " + formation);
            }
            formedFrom.put(province.code(), formation.formedFrom());
            matchProvince(province, formation.formedFrom(), datasets.oldProvinces(), currentProvinceOf, links, gaps);
        }
        requireEveryOldProvinceMapped(datasets.oldProvinces(), currentProvinceOf);

        Map<String, Pool> pools = pools(datasets, currentProvinceOf);
        int fragments = 0;
        for (Formation formation : datasets.formations()) {
            if (formation.isProvince()) {
                continue;
            }
            SourceUnit commune = currentUnit(formation, currentCommunes, datasets.currentCommunes());
            if (commune == null || commune.parentCode() == null) {
                continue;
            }
            formedFrom.put(commune.code(), formation.formedFrom());
            Pool pool = pools.getOrDefault(commune.parentCode(), new Pool());
            fragments += matchCommune(commune.code(), formation.formedFrom(), pool, links, gaps);
        }
        return new Result(currentProvinceOf, formedFrom, deduplicated(links), gaps, fragments);
    }

    private static void matchProvince(
            SourceUnit province,
            String text,
            List<SourceUnit> oldProvinces,
            Map<String, String> currentProvinceOf,
            List<Link> links,
            List<Gap> gaps) {
        List<SourceUnit> predecessors = new ArrayList<>();
        if (FormedFromText.isUnchanged(text)) {
            oldProvinces.stream().filter(p -> p.code().equals(province.code())).forEach(predecessors::add);
            if (predecessors.isEmpty()) {
                gaps.add(new Gap(province.code(), text, Reason.NOT_FOUND, List.of()));
            }
        } else {
            for (String name : FormedFromText.provinceNames(text)) {
                String key = NameKeys.folded(name);
                String wanted = PROVINCE_ALIASES.getOrDefault(key, key);
                List<SourceUnit> candidates = oldProvinces.stream()
                        .filter(p -> NameKeys.folded(p.name()).equals(wanted))
                        .toList();
                if (candidates.size() == 1) {
                    predecessors.add(candidates.get(0));
                } else {
                    gaps.add(new Gap(
                            province.code(),
                            name,
                            candidates.isEmpty() ? Reason.NOT_FOUND : Reason.AMBIGUOUS,
                            candidates.stream().map(p -> oldId(p.code())).toList()));
                }
            }
        }
        MatchRule rule = FormedFromText.isUnchanged(text) ? MatchRule.UNCHANGED : MatchRule.PROVINCE_NAME;
        for (SourceUnit old : predecessors) {
            String earlier = currentProvinceOf.put(old.code(), province.code());
            if (earlier != null && !earlier.equals(province.code())) {
                throw new IllegalStateException("Old province " + old.fullName() + " is said to have gone into both "
                        + earlier + " and " + province.code());
            }
            links.add(new Link(province.code(), oldId(old.code()), false, rule));
        }
    }

    private static void requireEveryOldProvinceMapped(
            List<SourceUnit> oldProvinces, Map<String, String> currentProvinceOf) {
        List<String> unmapped = oldProvinces.stream()
                .filter(p -> !currentProvinceOf.containsKey(p.code()))
                .map(SourceUnit::fullName)
                .toList();
        if (!unmapped.isEmpty()) {
            throw new IllegalStateException(
                    "The published texts do not say which current province these old provinces went into: " + unmapped);
        }
    }

    /** @return how many pieces of text were read */
    private static int matchCommune(String successor, String text, Pool pool, List<Link> links, List<Gap> gaps) {
        if (FormedFromText.isUnchanged(text)) {
            OldUnit same = pool.communesByCode.get(successor);
            if (same != null) {
                links.add(new Link(successor, same.id(), false, MatchRule.UNCHANGED));
            } else {
                gaps.add(new Gap(successor, text.strip(), Reason.NOT_FOUND, List.of()));
            }
            return 1;
        }
        List<Fragment> fragments = FormedFromText.fragments(text);
        if (fragments.isEmpty()) {
            gaps.add(new Gap(successor, text.strip(), Reason.NOT_FOUND, List.of()));
            return 1;
        }
        List<Resolution> resolutions = new ArrayList<>(fragments.size());
        Set<String> districtsOfText = new HashSet<>();
        for (Fragment fragment : fragments) {
            Resolution resolution = resolve(fragment, successor, pool);
            resolutions.add(resolution);
            if (resolution.isMatched() && resolution.only().districtCode() != null) {
                districtsOfText.add(resolution.only().districtCode());
            }
            if (fragment.districtHint() != null) {
                districtsOfText.addAll(pool.districtCodesNamed(fragment.districtHint()));
            }
        }
        for (int i = 0; i < fragments.size(); i++) {
            Fragment fragment = fragments.get(i);
            Resolution resolution = resolutions.get(i);
            if (resolution.candidates().size() > 1) {
                List<OldUnit> inDistricts = resolution.candidates().stream()
                        .filter(c -> districtsOfText.contains(c.districtCode()))
                        .toList();
                if (inDistricts.size() == 1) {
                    resolution = new Resolution(inDistricts, MatchRule.SIBLING_DISTRICT);
                }
            }
            if (resolution.isMatched()) {
                links.add(new Link(successor, resolution.only().id(), fragment.partial(), resolution.rule()));
            } else {
                gaps.add(new Gap(
                        successor,
                        fragment.text(),
                        resolution.candidates().isEmpty() ? Reason.NOT_FOUND : Reason.AMBIGUOUS,
                        resolution.candidates().stream().map(OldUnit::id).toList()));
            }
        }
        return fragments.size();
    }

    private static Resolution resolve(Fragment fragment, String successor, Pool pool) {
        for (Tier tier : Tier.values()) {
            List<OldUnit> candidates = pool.lookup(fragment.level(), tier, fragment.name()).stream()
                    .filter(c -> fragment.kind() == null || c.kind() == fragment.kind())
                    .toList();
            if (!candidates.isEmpty()) {
                return narrowed(candidates, fragment, successor, tier.rule);
            }
        }
        if (fragment.kind() != null) {
            List<OldUnit> anyKind = pool.lookup(fragment.level(), Tier.LOOSE, fragment.name());
            if (!anyKind.isEmpty()) {
                return narrowed(anyKind, fragment, successor, MatchRule.OTHER_KIND);
            }
        }
        return new Resolution(List.of(), null);
    }

    private static Resolution narrowed(List<OldUnit> candidates, Fragment fragment, String successor, MatchRule rule) {
        if (candidates.size() == 1) {
            return new Resolution(candidates, rule);
        }
        if (fragment.districtHint() != null) {
            String hint = NameKeys.loose(fragment.districtHint());
            List<OldUnit> inDistrict = candidates.stream()
                    .filter(c -> hint.equals(c.districtKey()))
                    .toList();
            if (inDistrict.size() == 1) {
                return new Resolution(inDistrict, MatchRule.DISTRICT_HINT);
            }
            if (!inDistrict.isEmpty()) {
                candidates = inDistrict;
            }
        }
        List<OldUnit> sameCode =
                candidates.stream().filter(c -> c.code().equals(successor)).toList();
        if (sameCode.size() == 1) {
            return new Resolution(sameCode, MatchRule.SAME_CODE);
        }
        return new Resolution(candidates, null);
    }

    /** The current unit a published text belongs to: by code, else by province and full name. */
    private static @Nullable SourceUnit currentUnit(
            Formation formation, Map<String, SourceUnit> byCode, List<SourceUnit> all) {
        SourceUnit unit = byCode.get(formation.code());
        if (unit != null) {
            return unit;
        }
        String name = NameKeys.loose(formation.name());
        List<SourceUnit> sameName = all.stream()
                .filter(u -> formation.isProvince() || formation.parentCode().equals(u.parentCode()))
                .filter(u -> NameKeys.loose(u.fullName()).equals(name))
                .toList();
        return sameName.size() == 1 ? sameName.get(0) : null;
    }

    private static Map<String, Pool> pools(UnitDatasets.Parsed datasets, Map<String, String> currentProvinceOf) {
        Map<String, Pool> pools = new HashMap<>();
        Map<String, SourceUnit> districts = byCode(datasets.oldDistricts());
        for (SourceUnit district : datasets.oldDistricts()) {
            String province = currentProvinceOf.get(district.parentCode());
            OldUnit unit = new OldUnit(district.code(), district.kind(), null, null);
            pools.computeIfAbsent(province, p -> new Pool()).add(UnitLevel.DISTRICT, unit, district.name());
        }
        for (SourceUnit commune : datasets.oldCommunes()) {
            SourceUnit district = districts.get(commune.parentCode());
            if (district == null) {
                throw new IllegalStateException("Old commune " + commune + " has no district in the dataset");
            }
            String province = currentProvinceOf.get(district.parentCode());
            OldUnit unit =
                    new OldUnit(commune.code(), commune.kind(), district.code(), NameKeys.loose(district.name()));
            pools.computeIfAbsent(province, p -> new Pool()).add(UnitLevel.COMMUNE, unit, commune.name());
        }
        return pools;
    }

    private static List<Link> deduplicated(List<Link> links) {
        Map<String, Link> unique = new LinkedHashMap<>();
        for (Link link : links) {
            unique.merge(
                    link.successorId() + "|" + link.predecessorId(),
                    link,
                    (first, again) -> new Link(
                            first.successorId(),
                            first.predecessorId(),
                            first.partial() || again.partial(),
                            first.rule()));
        }
        return List.copyOf(unique.values());
    }

    private static Map<String, SourceUnit> byCode(List<SourceUnit> units) {
        return units.stream().collect(Collectors.toMap(SourceUnit::code, Function.identity()));
    }

    /** An old unit a piece of text may name. */
    private record OldUnit(
            String code,
            UnitKind kind,
            @Nullable String districtCode,
            @Nullable String districtKey) {

        String id() {
            return oldId(code);
        }
    }

    private record Resolution(
            List<OldUnit> candidates, @Nullable MatchRule rule) {

        boolean isMatched() {
            return candidates.size() == 1 && rule != null;
        }

        OldUnit only() {
            return candidates.get(0);
        }
    }

    private enum Tier {
        EXACT(MatchRule.NAME, NameKeys::exact),
        FOLDED(MatchRule.FOLDED_NAME, NameKeys::folded),
        LOOSE(MatchRule.LOOSE_NAME, NameKeys::loose);

        final MatchRule rule;
        final Function<String, String> key;

        Tier(MatchRule rule, Function<String, String> key) {
            this.rule = rule;
            this.key = key;
        }
    }

    /** The old districts and communes of the old provinces that merged into one current province, by name. */
    private static final class Pool {

        private final Map<String, List<OldUnit>> byName = new HashMap<>();
        private final Map<String, OldUnit> communesByCode = new HashMap<>();
        private final Map<String, List<String>> districtCodesByName = new HashMap<>();

        void add(UnitLevel level, OldUnit unit, String name) {
            for (Tier tier : Tier.values()) {
                byName.computeIfAbsent(key(level, tier, name), k -> new ArrayList<>())
                        .add(unit);
            }
            if (level == UnitLevel.COMMUNE) {
                communesByCode.put(unit.code(), unit);
            } else {
                districtCodesByName
                        .computeIfAbsent(NameKeys.loose(name), k -> new ArrayList<>())
                        .add(unit.code());
            }
        }

        List<OldUnit> lookup(UnitLevel level, Tier tier, String name) {
            return byName.getOrDefault(key(level, tier, name), List.of());
        }

        List<String> districtCodesNamed(String name) {
            return districtCodesByName.getOrDefault(NameKeys.loose(name), List.of());
        }

        private static String key(UnitLevel level, Tier tier, String name) {
            return level.name() + '|' + tier.name() + '|' + tier.key.apply(name);
        }
    }
}
