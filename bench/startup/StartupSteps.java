import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;

/**
 * Starts the application with Spring's step recorder and prints, once it is up, where the start-up's time went:
 * each step's own time (its duration less its children's), largest first, and bean creation summed by package.
 */
public class StartupSteps {

    public static void main(String[] args) throws Exception {
        var app = new SpringApplication(Class.forName("vn.nhiemvu.NhiemVuApplication"));
        var recorder = new BufferingApplicationStartup(100_000);
        app.setApplicationStartup(recorder);
        long t0 = System.nanoTime();
        var context = app.run(args);
        long total = (System.nanoTime() - t0) / 1_000_000;
        var steps = new ArrayList<>(recorder.getBufferedTimeline().getEvents());
        Map<Long, Long> own = new HashMap<>();
        steps.forEach(e -> own.put(e.getStartupStep().getId(), e.getDuration().toMillis()));
        steps.forEach(e -> {
            Long parent = e.getStartupStep().getParentId();
            if (parent != null && own.containsKey(parent)) {
                own.merge(parent, -e.getDuration().toMillis(), Long::sum);
            }
        });
        Map<String, Long> byPackage = new TreeMap<>();
        long beans = 0;
        for (TimelineEvent e : steps) {
            if (e.getStartupStep().getName().equals("spring.beans.instantiate")) {
                long ms = own.get(e.getStartupStep().getId());
                beans += ms;
                byPackage.merge(group(tag(e, "beanType"), tag(e, "beanName")), ms, Long::sum);
            }
        }
        System.out.printf("%nrun() %d ms; bean creation (own time of %d beans) %d ms%n", total,
                steps.stream().filter(e -> e.getStartupStep().getName().equals("spring.beans.instantiate")).count(),
                beans);
        System.out.println("-- steps by own time");
        steps.stream().sorted(Comparator.comparing((TimelineEvent e) -> own.get(e.getStartupStep().getId())).reversed())
                .limit(25).forEach(e -> System.out.printf("%6d ms  %s %s%n", own.get(e.getStartupStep().getId()),
                        e.getStartupStep().getName(), tag(e, "beanName") != null ? tag(e, "beanName") : ""));
        System.out.println("-- bean creation by package");
        byPackage.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(25)
                .forEach(en -> System.out.printf("%6d ms  %s%n", en.getValue(), en.getKey()));
        context.close();
    }

    private static String tag(TimelineEvent event, String key) {
        for (var tag : event.getStartupStep().getTags()) {
            if (tag.getKey().equals(key)) {
                return tag.getValue();
            }
        }
        return null;
    }

    /** The bean's package, to three parts (four under vn.nhiemvu and org.springframework). */
    private static String group(String type, String name) {
        String of = type != null ? type.replaceFirst("^(class|interface) ", "") : name;
        String[] parts = of.split("\\.");
        if (parts.length <= 3) {
            return of;
        }
        boolean deeper = parts[1].equals("nhiemvu") || parts[1].equals("springframework");
        return String.join(".", java.util.Arrays.copyOfRange(parts, 0, deeper && parts.length > 4 ? 4 : 3));
    }
}
