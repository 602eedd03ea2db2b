package vn.nhiemvu.round.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import vn.nhiemvu.round.Aggregation;

/**
 * What the aggregation page shows: its filters and one page of the filtered proposals. Counts and totals stay with
 * the whole {@link Aggregation}; only the rows drawn are a page, because drawing 4,500 rows with their controls took
 * ten times the JSON's time (bench/RESULTS.md, 2026-12-08). The filters travel in every link and in the form's
 * {@code back} field, so paging, "similar proposals" and the ticked-proposal actions return to the page shown.
 * Public for the template's expressions only.
 */
public record AggregationView(Map<String, String> filters, int page, int pages, int from, int to) {

    static final int PAGE_SIZE = 100;

    /** Only the filter parameters (agency, table, column.*): a posted {@code back} cannot steer a redirect. */
    static Map<String, String> filters(Map<String, String> params) {
        var kept = new LinkedHashMap<String, String>();
        params.forEach((k, v) -> {
            boolean filter = k.equals("agency") || k.equals("table") || k.matches("column\\.[\\w-]{1,60}");
            if (filter && v != null && !v.isBlank()) {
                kept.put(k, v);
            }
        });
        return kept;
    }

    /** The page asked for (a number out of range or not a number shows the nearest page), of {@code total} rows. */
    static AggregationView of(Map<String, String> params, int total) {
        int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(asked(params), pages);
        return new AggregationView(filters(params), page, pages, (page - 1) * PAGE_SIZE,
                Math.min(total, page * PAGE_SIZE));
    }

    /** The filters and the page, as the {@code back} field of a form posted from it gives them. */
    static Map<String, String> parse(String back) {
        var params = new LinkedHashMap<String, String>();
        if (back != null) {
            for (String pair : back.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        var kept = filters(params);
        if (asked(params) > 1) {
            kept.put("page", Integer.toString(asked(params)));
        }
        return kept;
    }

    private static int asked(Map<String, String> params) {
        String asked = params.getOrDefault("page", "1").strip();
        return asked.matches("\\d{1,7}") ? Math.max(1, Integer.parseInt(asked)) : 1;
    }

    <T> List<T> shown(List<T> all) {
        return all.subList(from, to);
    }

    /** The filters as a query string (for the exports: all filtered rows, not a page). */
    public String query() {
        return encode(filters);
    }

    /** The address of page {@code n} with the same filters. */
    public String page(long id, int n) {
        var params = new LinkedHashMap<>(filters);
        params.put("page", Integer.toString(n));
        return "/rounds/" + id + "/aggregation?" + encode(params);
    }

    /** This page's filters and number, for links and forms that come back to it. */
    public String here() {
        var params = new LinkedHashMap<>(filters);
        if (page > 1) {
            params.put("page", Integer.toString(page));
        }
        return encode(params);
    }

    /** Spaces as %20, not "+": the redirect's flash attributes match their target by the decoded query. */
    static String encode(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }
}
