package dev.drydock.core.vuln.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Merges the advisories that affect one package into one group per vulnerability: two advisories are the
 * same vulnerability when their ids and {@code aliases} intersect, transitively (a GHSA aliasing a CVE and
 * a Debian record aliasing the same CVE are one). {@code related} ids are not merged: OSV defines them as
 * different vulnerabilities. The id shown is a CVE when the group has one (the id users, VEX documents and
 * ignore files use most), else a GHSA, else the first advisory id; ties go to the smallest.
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
        return List.copyOf(groups.values());
    }

    /** Every id and alias of the group: the display id first, then the rest sorted. */
    static List<String> ids(List<AdvisoryHit> group) {
        TreeSet<String> all = new TreeSet<>();
        for (AdvisoryHit hit : group) {
            all.add(hit.record().id().strip());
            hit.record().aliases().forEach(alias -> all.add(alias.strip()));
        }
        String shown = displayId(all);
        List<String> ids = new ArrayList<>();
        ids.add(shown);
        all.stream().filter(id -> !id.equals(shown)).forEach(ids::add);
        return ids;
    }

    private static String displayId(TreeSet<String> ids) {
        return ids.stream().filter(id -> id.startsWith("CVE-")).findFirst()
                .or(() -> ids.stream().filter(id -> id.startsWith("GHSA-")).findFirst())
                .orElse(ids.first());
    }

    /** The hits of a group with the one whose record carries the display id first, GitHub advisories next. */
    static List<AdvisoryHit> byPreference(List<AdvisoryHit> group, String displayId) {
        List<AdvisoryHit> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingInt((AdvisoryHit hit) -> hit.record().id().equals(displayId) ? 0
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
