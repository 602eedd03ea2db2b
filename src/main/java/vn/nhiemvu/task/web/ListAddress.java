package vn.nhiemvu.task.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

import vn.nhiemvu.task.TaskSort;

/**
 * The address of a view of the task list: its filters as typed (so a shared link shows what its sender saw), its
 * order and its page. Every link of the page — a chip that drops one filter, a column that sorts, a page number,
 * the downloads — is this address with one thing changed.
 */
final class ListAddress {

    /** The filters' parameter names: those of {@link vn.nhiemvu.task.TaskQuery}. */
    static final List<String> FILTERS = List.of("q", "status", "leadUnit", "coordinatingUnit", "leader", "directive",
            "parent", "deadlineFrom", "deadlineTo", "mine", "asOf", "policy");

    private final MultiValueMap<String, String> filters;
    private final TaskSort sort;

    private ListAddress(MultiValueMap<String, String> filters, TaskSort sort) {
        this.filters = filters;
        this.sort = sort;
    }

    /** From a request's parameters; empty values are left out. */
    static ListAddress of(Map<String, String[]> parameters, TaskSort sort) {
        var filters = new LinkedMultiValueMap<String, String>();
        for (String name : FILTERS) {
            String[] values = parameters.get(name);
            if (values != null) {
                for (String value : values) {
                    if (value != null && !value.isBlank()) {
                        filters.add(name, value.strip());
                    }
                }
            }
        }
        return new ListAddress(filters, sort);
    }

    /** The filter's value as typed, or null. */
    public String value(String name) {
        return filters.getFirst(name);
    }

    /** The filter's values, comma-separated ones apart (statuses). */
    public List<String> values(String name) {
        return filters.getOrDefault(name, List.of()).stream().flatMap(v -> List.of(v.split(",")).stream())
                .map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    /** Whether any of the filters is given. */
    public boolean hasAny(List<String> names) {
        return names.stream().anyMatch(filters::containsKey);
    }

    /** A task's page as of this view's date and policy, if it names them. */
    public String task(long id, LocalDate asOf) {
        var uri = UriComponentsBuilder.fromPath("/tasks/{id}");
        if (filters.containsKey("asOf")) {
            uri.queryParam("asOf", asOf);
        }
        if (filters.containsKey("policy")) {
            uri.queryParam("policy", filters.getFirst("policy"));
        }
        return uri.buildAndExpand(id).encode().toUriString();
    }

    /** The first page without the filter. */
    public String without(String name) {
        var rest = new LinkedMultiValueMap<>(filters);
        rest.remove(name);
        return build("/tasks", rest, sort, 1);
    }

    /** The first page without one of the filter's values (one status among several). */
    public String without(String name, String value) {
        var rest = new LinkedMultiValueMap<String, String>();
        filters.forEach((key, values) -> {
            if (!key.equals(name)) {
                rest.addAll(key, values);
                return;
            }
            values(key).stream().filter(v -> !v.equalsIgnoreCase(value)).forEach(v -> rest.add(key, v));
        });
        return build("/tasks", rest, sort, 1);
    }

    /** The first page in the order of the key; the same key again turns the direction. */
    public String sortedBy(TaskSort.Key key) {
        TaskSort next = sort.key() == key ? sort.reversed() : new TaskSort(key, false);
        return build("/tasks", filters, next, 1);
    }

    public String page(int number) {
        return build("/tasks", filters, sort, number);
    }

    /** A download of every task the filters select (in the export's own order). */
    public String download(String path) {
        return build(path, filters, null, 1);
    }

    private static String build(String path, MultiValueMap<String, String> filters, TaskSort sort, int page) {
        var uri = UriComponentsBuilder.fromPath(path).queryParams(filters);
        if (sort != null && !sort.equals(TaskSort.DEFAULT)) {
            uri.queryParam("sort", sort.param());
        }
        if (page > 1) {
            uri.queryParam("page", page);
        }
        return uri.encode().build().toUriString();
    }
}
