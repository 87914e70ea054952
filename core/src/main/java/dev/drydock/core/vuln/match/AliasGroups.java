package dev.drydock.core.vuln.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges the advisories that affect one package into one group per vulnerability. Two advisories are the
 * same vulnerability when their {@linkplain AdvisoryHit#names() names} intersect, transitively: a GHSA
 * aliasing a CVE, the CVE's own record, and a distribution record whose only upstream is that CVE
 * ({@code DEBIAN-CVE-2023-4911}, {@code DSA-5514-1}) are one. An advisory fixing several upstream CVEs joins
 * the group of each of them that matched on its own, and stands alone when none did. {@code related} ids
 * are never merged: OSV defines them as different vulnerabilities.
 * <p>
 * The id shown is a CVE among the group's names (the id users, VEX documents and ignore files use most),
 * else a GHSA, else the smallest advisory id; ties go to the smallest.
 */
final class AliasGroups {

    private AliasGroups() {
    }

    /** The hits grouped by vulnerability, in the order their first hit came. */
    static List<List<AdvisoryHit>> of(List<AdvisoryHit> hits) {
        int[] parent = new int[hits.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<String, Integer> firstWithName = new HashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            for (String name : hits.get(i).names()) {
                Integer earlier = firstWithName.putIfAbsent(name, i);
                if (earlier != null) {
                    parent[root(parent, i)] = root(parent, earlier);
                }
            }
        }
        Map<Integer, List<AdvisoryHit>> groups = new LinkedHashMap<>();
        for (int i = 0; i < hits.size(); i++) {
            groups.computeIfAbsent(root(parent, i), key -> new ArrayList<>()).add(hits.get(i));
        }
        return attachMultiCveAdvisories(new ArrayList<>(groups.values()));
    }

    /** A lone advisory for several CVEs joins every other group named by one of them. */
    private static List<List<AdvisoryHit>> attachMultiCveAdvisories(List<List<AdvisoryHit>> groups) {
        List<List<AdvisoryHit>> result = new ArrayList<>();
        List<AdvisoryHit> covering = new ArrayList<>();
        for (List<AdvisoryHit> group : groups) {
            if (group.size() == 1 && group.get(0).coversSeveral()) {
                covering.add(group.get(0));
            } else {
                result.add(new ArrayList<>(group));
            }
        }
        for (AdvisoryHit advisory : covering) {
            boolean joined = false;
            for (List<AdvisoryHit> group : result) {
                if (!Collections.disjoint(names(group), advisory.upstream())) {
                    group.add(advisory);
                    joined = true;
                }
            }
            if (!joined) {
                result.add(new ArrayList<>(List.of(advisory)));
            }
        }
        return result.stream().map(List::copyOf).toList();
    }

    /** Every id, alias and upstream id of the group: the display id first, then the rest sorted. */
    static List<String> ids(List<AdvisoryHit> group) {
        TreeSet<String> all = new TreeSet<>();
        for (AdvisoryHit hit : group) {
            all.add(hit.record().id().strip());
            hit.record().aliases().forEach(alias -> all.add(alias.strip()));
            hit.record().upstream().forEach(id -> all.add(id.strip()));
        }
        String upperShown = displayId(group);
        String shown = all.stream().filter(id -> id.equalsIgnoreCase(upperShown)).findFirst().orElse(upperShown);
        List<String> ids = new ArrayList<>();
        ids.add(shown);
        all.stream().filter(id -> !id.equalsIgnoreCase(shown)).forEach(ids::add);
        return ids;
    }

    /** The display id, upper-case. */
    private static String displayId(List<AdvisoryHit> group) {
        TreeSet<String> names = new TreeSet<>(names(group.stream().filter(hit -> !hit.coversSeveral()).toList()));
        if (names.isEmpty()) {
            names.add(group.get(0).record().id().strip().toUpperCase(Locale.ROOT));
        }
        return names.stream().filter(id -> id.startsWith("CVE-")).findFirst()
                .or(() -> names.stream().filter(id -> id.startsWith("GHSA-")).findFirst())
                .orElseGet(names::first);
    }

    private static Set<String> names(List<AdvisoryHit> group) {
        Set<String> names = new LinkedHashSet<>();
        group.forEach(hit -> names.addAll(hit.names()));
        return names;
    }

    /** The hits of a group with the one whose record carries the display id first, GitHub advisories next. */
    static List<AdvisoryHit> byPreference(List<AdvisoryHit> group, String displayId) {
        List<AdvisoryHit> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt((AdvisoryHit hit) -> hit.record().id().equalsIgnoreCase(displayId) ? 0
                : hit.record().id().startsWith("GHSA-") ? 1 : 2));
        return sorted;
    }

    private static int root(int[] parent, int i) {
        int at = i;
        while (parent[at] != at) {
            parent[at] = parent[parent[at]];
            at = parent[at];
        }
        return at;
    }
}
