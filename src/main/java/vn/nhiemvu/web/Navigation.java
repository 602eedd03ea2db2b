package vn.nhiemvu.web;

import java.util.List;
import java.util.function.Predicate;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The header's menu of one person, grouped by what their role does: what waits for them, the dashboard, the Legal
 * Department's reviews, the tasks, following up and reporting, the help; their own settings sit under their name.
 * Whether an entry is shown is asked of {@link CurrentUser}'s predicates (this module depends on no feature
 * module); the pages' services ask their module's policy, and {@code PermissionPoliciesTests} checks that the two
 * agree, so a person is never offered a page that would answer 403 (the template decides nothing). A group left
 * with one entry is shown as a plain link; one left with none is not shown.
 */
public final class Navigation {

    /** At most this many entries across the top (the account menu included), on a desk; a phone folds them all. */
    public static final int MAX_TOP = 7;

    /** A page of the menu. */
    public record Link(String href, String label) {
    }

    /** An entry across the top: a link, or a menu when it holds more than one. */
    public record Entry(String label, List<Link> links) {

        public boolean isMenu() {
            return links.size() > 1;
        }

        public Link first() {
            return links.get(0);
        }

    }

    /**
     * The whole header: the entries across the top, the account menu under the person's name, and the link of the
     * page shown (the longest that the path starts with: "/tasks/12" is "/tasks"'s, "/tasks/new" its own), if any.
     */
    public record Menu(List<Entry> top, List<Link> account, Link current) {

        public boolean isCurrent(Link link) {
            return link.equals(current);
        }

        public boolean holdsCurrent(Entry entry) {
            return entry.links().contains(current);
        }
    }

    private record Item(String href, String label, Predicate<CurrentUser> shown) {
    }

    private record Group(String label, List<Item> items) {
    }

    private static final Predicate<CurrentUser> EVERYONE = user -> true;

    private static final List<Group> TOP = List.of(
            new Group("Việc cần xử lý", List.of(new Item("/inbox", "Việc cần xử lý", EVERYONE))),
            new Group("Bảng điều hành", List.of(new Item("/dashboard", "Bảng điều hành", EVERYONE))),
            new Group("Thẩm định hồ sơ", List.of(new Item("/reviews", "Hồ sơ chờ thẩm định", CurrentUser::reviewsDossiers))),
            new Group("Nhiệm vụ", List.of(
                    new Item("/tasks", "Danh sách nhiệm vụ", EVERYONE),
                    new Item("/tasks/new", "Giao nhiệm vụ mới", CurrentUser::managesAgency),
                    new Item("/directives", "Văn bản chỉ đạo", EVERYONE),
                    new Item("/extractions/new", "Đọc văn bản chỉ đạo", CurrentUser::managesAgency),
                    new Item("/tasks/import", "Nhập nhiệm vụ từ Excel", CurrentUser::managesAgency))),
            new Group("Theo dõi, báo cáo", List.of(
                    new Item("/monitoring", "Thông báo theo dõi", EVERYONE),
                    new Item("/monitoring/urging", "Phiếu đôn đốc", EVERYONE),
                    new Item("/reports/missing", "Chưa báo cáo tiến độ", CurrentUser::managesAgency),
                    new Item("/reviews", "Hồ sơ chờ thẩm định", CurrentUser::managesAgency),
                    new Item("/reports", "Báo cáo định kỳ", EVERYONE),
                    new Item("/rankings", "Xếp hạng", EVERYONE))),
            new Group("Hướng dẫn", List.of(new Item("/help", "Hướng dẫn", EVERYONE))));

    private static final List<Item> ACCOUNT = List.of(
            new Item("/account", "Tài khoản, mật khẩu", EVERYONE),
            new Item("/notifications", "Thông báo của tôi", EVERYONE),
            new Item("/jobs", "Công việc nền", EVERYONE),
            new Item("/calendar", "Lịch làm việc", EVERYONE),
            new Item("/webhooks", "Gửi sự kiện (webhook)", CurrentUser::managesAgency),
            new Item("/admin", "Quản trị", CurrentUser::administers),
            new Item("/tokens", "Mã truy cập API", EVERYONE),
            new Item("/swagger-ui.html", "Tài liệu API", EVERYONE));

    private Navigation() {
    }

    /** The menu the person sees on the page at the path. */
    public static Menu of(CurrentUser user, String path) {
        List<Entry> top = TOP.stream()
                .map(g -> new Entry(g.label(), links(g.items(), user)))
                .filter(e -> !e.links().isEmpty())
                .toList();
        List<Link> account = links(ACCOUNT, user);
        Link current = java.util.stream.Stream.concat(top.stream().flatMap(e -> e.links().stream()), account.stream())
                .filter(l -> path != null && (path.equals(l.href()) || path.startsWith(l.href() + "/")))
                .max(java.util.Comparator.comparingInt(l -> l.href().length()))
                .orElse(null);
        return new Menu(top, account, current);
    }

    private static List<Link> links(List<Item> items, CurrentUser user) {
        return items.stream().filter(i -> i.shown().test(user)).map(i -> new Link(i.href(), i.label())).toList();
    }
}
