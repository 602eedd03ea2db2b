import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import vn.nhiemvu.shared.Text;

/**
 * Deterministic benchmark data, written by JDBC batches into a database the application has
 * migrated (and loaded its demo organisation into) and is not running against: P units under
 * the home agency and N tasks in the shape of our Redmine 5.0.4 measurement — start dates uniform
 * over 365 days ending 65 days after today, deadline 7–90 days after the start, about 30 %
 * completed (only tasks already started, on a date between start and today), 0–2 coordinating
 * units, a supervising leader on 80 %. Same (P, N, seed, today) → same rows.
 *
 * <p>Usage: {@code java -cp target/classes:<jdbc driver> Generator.java <jdbc-url> <user> <P> <N> <seed>}.
 * Prints the id range of the tasks it wrote ("ids FIRST LAST") and the unit codes' prefix.
 */
public class Generator {

    private static final int BATCH = 2_000;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int units = Integer.parseInt(args[2]);
        int count = Integer.parseInt(args[3]);
        long seed = Long.parseLong(args[4]);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        var random = new SplittableRandom(seed);
        long t0 = System.nanoTime();
        // PostgreSQL sends a batch as one multi-row insert only when asked.
        String connectUrl = url.startsWith("jdbc:postgresql") ? url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : url;
        try (Connection db = DriverManager.getConnection(connectUrl, user, "")) {
            db.setAutoCommit(false);
            long agency = single(db, "select id from agency where home = true order by id fetch first 1 rows only");
            List<Long> unitIds = insertUnits(db, agency, units);
            List<Long> leaderIds = ids(db, "select id from leader where agency_id = " + agency + " order by id");
            long first = single(db, "select coalesce(max(id), 0) + 1 from task");
            insertTasks(db, agency, unitIds, leaderIds, first, count, today, random);
            try (Statement s = db.createStatement()) {
                // Explicit ids were written: the identity must continue after them for the API's inserts.
                s.execute("alter table task alter column id restart with " + (first + count));
            }
            db.commit();
            if (url.startsWith("jdbc:postgresql")) {
                db.setAutoCommit(true);
                try (Statement s = db.createStatement()) {
                    s.execute("analyze");
                }
            }
            System.out.printf("wrote %d units, %d tasks in %.1f s%n", units, count, (System.nanoTime() - t0) / 1e9);
            System.out.println("ids " + first + " " + (first + count - 1));
        }
    }

    private static List<Long> insertUnits(Connection db, long agency, int units) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("""
                insert into org_unit (agency_id, parent_id, code, name, kind, aliases, sort_order)
                values (?, null, ?, ?, 'DEPARTMENT', '', ?)""")) {
            for (int u = 1; u <= units; u++) {
                insert.setLong(1, agency);
                insert.setString(2, code(u));
                insert.setString(3, "Vụ Đo tải số " + u);
                insert.setInt(4, 1000 + u);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        List<Long> ids = ids(db, "select id from org_unit where agency_id = " + agency + " and code like 'B%' and name like 'Vụ Đo tải%' order by id");
        // The demo loader gives every unit a UNIT account at start; with thousands of units its bcrypt per
        // account would take minutes, so the accounts are written here with the demo accounts' hash.
        try (PreparedStatement account = db.prepareStatement("""
                insert into app_user (agency_id, username, password_hash, display_name, role, unit_id, demo, created_at)
                select ?, ?, password_hash, ?, 'UNIT', ?, true, current_timestamp from app_user where username = 'vp'""")) {
            for (int u = 1; u <= units; u++) {
                account.setLong(1, agency);
                account.setString(2, code(u).toLowerCase(java.util.Locale.ROOT));
                account.setString(3, "Cán bộ Vụ Đo tải số " + u);
                account.setLong(4, ids.get(u - 1));
                account.addBatch();
            }
            account.executeBatch();
        }
        return ids;
    }

    /** The unit codes the workload scripts pick from: B0001 … */
    static String code(int u) {
        return String.format("B%04d", u);
    }

    private static void insertTasks(Connection db, long agency, List<Long> units, List<Long> leaders, long first,
            int count, LocalDate today, SplittableRandom random) throws SQLException {
        String[] verbs = { "Xây dựng", "Hoàn thiện", "Rà soát", "Báo cáo", "Tổng kết", "Đề xuất sửa đổi" };
        String[] objects = { "đề án phát triển hạ tầng số", "quy chế phối hợp liên ngành", "kế hoạch cải cách hành chính",
                "báo cáo đánh giá tác động", "dự thảo thông tư hướng dẫn", "chương trình chuyển đổi số" };
        try (PreparedStatement task = db.prepareStatement("""
                insert into task (id, agency_id, directive_id, parent_task_id, kind, title, description, lead_unit_id,
                                  supervising_leader_id, deadline, deadline_text, completed_at, product, search_text,
                                  version, created_at, created_by, updated_at)
                values (?, ?, null, null, 'OTHER', ?, ?, ?, ?, ?, null, ?, null, ?, 0, ?, 'bench', ?)""");
                PreparedStatement coordinating = db.prepareStatement(
                        "insert into task_coordinating_unit (task_id, unit_id) values (?, ?)")) {
            for (int i = 0; i < count; i++) {
                long id = first + i;
                LocalDate start = today.plusDays(65 - random.nextInt(365));
                LocalDate deadline = start.plusDays(7 + random.nextInt(84));
                LocalDate completed = null;
                // 30 % of all tasks, drawn among the ~82 % already started.
                if (!start.isAfter(today) && random.nextDouble() < 0.30 * 365 / 300) {
                    LocalDate last = deadline.plusDays(20).isBefore(today) ? deadline.plusDays(20) : today;
                    completed = start.plusDays(random.nextLong(last.toEpochDay() - start.toEpochDay() + 1));
                }
                int lead = random.nextInt(units.size());
                String title = verbs[random.nextInt(verbs.length)] + " " + objects[random.nextInt(objects.length)]
                        + " (đo tải " + id + ")";
                String description = "Nhiệm vụ sinh tự động cho phép đo hiệu năng, bắt đầu ngày " + start + ".";
                Long leader = leaders.isEmpty() || random.nextInt(5) == 0 ? null
                        : leaders.get(random.nextInt(leaders.size()));
                var created = Timestamp.valueOf(start.atTime(8, 0));
                task.setLong(1, id);
                task.setLong(2, agency);
                task.setString(3, title);
                task.setString(4, description);
                task.setLong(5, units.get(lead));
                if (leader == null) {
                    task.setNull(6, Types.BIGINT);
                } else {
                    task.setLong(6, leader);
                }
                task.setDate(7, Date.valueOf(deadline));
                if (completed == null) {
                    task.setNull(8, Types.DATE);
                } else {
                    task.setDate(8, Date.valueOf(completed));
                }
                task.setString(9, Text.fold(title + " " + description));
                task.setTimestamp(10, created);
                task.setTimestamp(11, created);
                task.addBatch();
                int others = units.size() > 2 ? random.nextInt(3) : 0;
                int half = units.size() / 2;
                // Offsets from the lead in two disjoint ranges: never the lead, never twice the same unit.
                int[] offsets = { 1 + random.nextInt(half), half + 1 + random.nextInt(units.size() - half - 1) };
                for (int c = 0; c < others; c++) {
                    coordinating.setLong(1, id);
                    coordinating.setLong(2, units.get((lead + offsets[c]) % units.size()));
                    coordinating.addBatch();
                }
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    task.executeBatch();
                    coordinating.executeBatch();
                }
            }
        }
    }

    private static long single(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<Long> ids(Connection db, String sql) throws SQLException {
        var ids = new ArrayList<Long>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }
}
